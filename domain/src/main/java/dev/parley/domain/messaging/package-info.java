/**
 * Messaging access: which room channels (events, chat, data, direct messages, the private
 * server channel, renewal, replies) a participant may read or write, derived from its grant only.
 */
package dev.parley.domain.messaging;
