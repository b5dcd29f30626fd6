/** CDI producers that build the application's services with {@code new} over the adapters, and small infrastructure pieces. */
package dev.parley.bootstrap.wiring;
