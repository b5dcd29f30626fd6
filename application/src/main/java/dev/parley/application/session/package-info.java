/** Participant sessions: verifyToken (join + credentials + room key) and token renewal. */
package dev.parley.application.session;
