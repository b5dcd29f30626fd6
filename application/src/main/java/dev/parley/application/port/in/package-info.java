/** In-ports: the use cases adapters call, each with a self-validating command record. */
package dev.parley.application.port.in;
