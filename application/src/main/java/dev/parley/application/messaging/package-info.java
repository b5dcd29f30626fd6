/** Participant messaging sessions: what a session may use on the messaging server and what Parley sends it. */
package dev.parley.application.messaging;
