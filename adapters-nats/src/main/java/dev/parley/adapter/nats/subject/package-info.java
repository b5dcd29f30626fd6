/**
 * The NATS subject scheme: one subject per room channel, bound to the room and the participant's
 * session id, and the allow lists derived from a session's {@link dev.parley.domain.messaging.MessagingAccess}.
 */
package dev.parley.adapter.nats.subject;
