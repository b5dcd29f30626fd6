/** Participants: identities, kinds, profiles and the roster of a room. */
package dev.parley.domain.participant;
