/** MicroProfile Health checks: {@code /health/live} and {@code /health/ready}. */
package dev.parley.bootstrap.health;
