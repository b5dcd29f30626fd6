/** In-memory stand-in for the messaging server port, recording what was issued, sent and revoked. */
package dev.parley.application.messaging.fake;
