/**
 * RTP and RTCP on the packet path: the first-byte demultiplexer ({@link
 * dev.parley.adapter.media.rtp.PacketKind}, RFC 7983), a zero-allocation flyweight view over an
 * RTP packet with RFC 8285 header extensions ({@link dev.parley.adapter.media.rtp.RtpPacket}),
 * an RTCP compound parser (RFC 3550, RFC 4585, RFC 5104, REMB, transport-wide congestion
 * control) and writers for the feedback the SFU sends (PLI, FIR, NACK, RR).
 *
 * <p>Malformed input never escapes as an {@code ArrayIndexOutOfBoundsException}: the RTP view
 * answers with an {@link dev.parley.adapter.media.rtp.RtpValidity} and the RTCP parser with an
 * {@link dev.parley.adapter.media.rtp.RtcpFormatException}.
 */
package dev.parley.adapter.media.rtp;
