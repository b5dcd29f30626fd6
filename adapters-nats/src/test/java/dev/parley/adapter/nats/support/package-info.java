/** Test fixtures: a real embedded nats-server on free ports, real jnats participant clients, an in-memory sealed secret store. */
package dev.parley.adapter.nats.support;
