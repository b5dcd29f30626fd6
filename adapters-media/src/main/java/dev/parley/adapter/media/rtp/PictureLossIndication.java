package dev.parley.adapter.media.rtp;

/**
 * Picture loss indication (RFC 4585 §6.3.1): the receiver asks the media source for a keyframe.
 *
 * @param senderSsrc the SSRC of the packet sender
 * @param mediaSsrc the SSRC of the media source
 */
public record PictureLossIndication(int senderSsrc, int mediaSsrc) implements RtcpPacket {

    /** The FMT value of a PLI in a PSFB packet. */
    public static final int FMT = 1;

    @Override
    public int packetType() {
        return PSFB;
    }
}
