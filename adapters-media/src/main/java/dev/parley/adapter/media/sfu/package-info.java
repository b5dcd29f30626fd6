/**
 * The selective forwarding unit: one {@link dev.parley.adapter.media.sfu.PeerSession} per
 * browser PeerConnection (its transport, its SRTP contexts built from the DTLS export), rooms of
 * {@link dev.parley.adapter.media.sfu.PublishedTrack published tracks}, and the packet path that
 * decrypts a publisher's RTP, rewrites what differs per subscriber (payload type, header
 * extension ids) and re-encrypts it for each subscriber, never touching the payload (so
 * end-to-end-encrypted media passes through unread). PLI and FIR from subscribers are relayed
 * to the publisher, and a PLI is sent when a subscriber starts receiving. Grants are checked by
 * the signaling layer before anything reaches this package; here a track is forwarded only to
 * subscriptions that layer created.
 */
package dev.parley.adapter.media.sfu;
