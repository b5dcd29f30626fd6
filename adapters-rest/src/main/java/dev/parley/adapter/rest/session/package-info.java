/** Participant session endpoints: {@code POST /api/verifyToken}. */
package dev.parley.adapter.rest.session;
