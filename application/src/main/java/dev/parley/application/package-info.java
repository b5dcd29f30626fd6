/**
 * Parley's application layer: use cases (in-ports), out-ports and the services that implement
 * the use cases over the domain. Depends on the domain and the JDK only; adapters drive it
 * through {@code port.in} and serve it through {@code port.out}.
 */
package dev.parley.application;
