/**
 * The native SFU: WebSocket signaling, ICE-lite, DTLS-SRTP (Bouncy Castle for DTLS only) and the
 * RTP/RTCP forwarding path. Empty until the media work lands.
 */
package dev.parley.adapter.media;
