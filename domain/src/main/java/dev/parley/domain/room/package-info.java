/** Rooms: their names, policies, lifecycle and the features a room may use. */
package dev.parley.domain.room;
