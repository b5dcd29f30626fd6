/**
 * Parley's command line ({@code ./parley token create ...}, {@code ./parley keys ...}): picocli
 * commands over the same application services and adapters the server uses. Plain Java: nothing
 * here needs the application server.
 */
package dev.parley.bootstrap.cli;
