/**
 * Signaling: the JSON protocol over a WebSocket at {@code /rtc} (documented in
 * {@code docs/signaling.md}). {@link dev.parley.adapter.media.signaling.SignalingSession} is the
 * container-independent protocol handler (join with the access token as the first message,
 * publish/unpublish/subscribe checked against the token's grants, offer/answer, trickle,
 * ping/pong, errors with stable codes, join timeout, message size limit);
 * {@link dev.parley.adapter.media.signaling.RtcEndpoint} is the thin Jakarta WebSocket endpoint
 * that feeds it.
 */
package dev.parley.adapter.media.signaling;
