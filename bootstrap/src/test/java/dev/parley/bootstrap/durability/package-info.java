/**
 * Durability tests: the runnable parley.jar killed with SIGKILL in the middle of a stream of
 * acknowledged writes, restarted on the same data directory, and checked over real HTTP.
 */
package dev.parley.bootstrap.durability;
