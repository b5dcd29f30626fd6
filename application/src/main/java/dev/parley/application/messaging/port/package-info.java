/** Out-ports to the messaging server (NATS): credentials, revocation, private messages. */
package dev.parley.application.messaging.port;
