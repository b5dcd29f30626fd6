/**
 * Load generators run against a running Parley by the scripts under {@code scripts/}; programs
 * with a {@code main}, never tests (no class here is named *Test or *IT).
 */
package dev.parley.bootstrap.load;
