/**
 * Grants and the decisions over them: LiveKit's video grant with its exact defaults, partial
 * permission updates, the actions a caller may attempt and the pure function that allows or
 * denies each one with a reason.
 */
package dev.parley.domain.grant;
