package dev.parley.adapter.media.rtp;

/**
 * A well-framed RTCP packet of a type or feedback format Parley does not interpret (APP, XR,
 * other FMT values): skipped by the parser, kept so callers can count or relay it.
 *
 * @param packetType the PT field
 * @param count the RC/SC/FMT field
 * @param offset absolute offset of the packet in the parsed buffer
 * @param length its length in bytes, header included
 */
public record UnknownRtcp(int packetType, int count, int offset, int length) implements RtcpPacket {
}
