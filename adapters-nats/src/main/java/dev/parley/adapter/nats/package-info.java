/**
 * The messaging adapter (jnats): per-participant NATS credentials scoped to exactly the subjects
 * a participant's grants allow, room events, and token renewal over request/reply. Empty until
 * the join-and-messaging work lands.
 */
package dev.parley.adapter.nats;
