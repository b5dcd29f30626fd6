/** The datasource (H2 file database by default, PostgreSQL in production), schema migration at start, and storage readiness. */
package dev.parley.bootstrap.persistence;
