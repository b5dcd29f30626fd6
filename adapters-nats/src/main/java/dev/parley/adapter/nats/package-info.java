/**
 * The messaging adapter (jnats, nats-server 2.9 in operator/JWT mode): per-participant NATS
 * credentials scoped to exactly the subjects a participant's grants allow, room events, private
 * messages, revocation through the account JWT, token renewal over request/reply, and the
 * supervised embedded server. Start here: {@link dev.parley.adapter.nats.NatsMessaging} and
 * {@link dev.parley.adapter.nats.NatsSettings}; the subject scheme is in docs/messaging.md.
 */
package dev.parley.adapter.nats;
