/**
 * SDP (RFC 8866) as unified-plan WebRTC uses it (RFC 8829 JSEP, RFC 8843 BUNDLE, RFC 8839 ICE
 * attributes, RFC 8842 DTLS attributes): a strict parser with size limits, a typed view of the
 * attributes Parley needs (codecs, header extensions, mids, msid, ssrc, fingerprint, setup,
 * candidates), a writer, and the builder of Parley's ICE-lite answers.
 */
package dev.parley.adapter.media.sdp;
