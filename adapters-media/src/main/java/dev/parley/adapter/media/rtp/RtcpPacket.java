package dev.parley.adapter.media.rtp;

/**
 * One parsed packet of an RTCP compound packet: the types the SFU acts on (RFC 3550 SR, RR, SDES,
 * BYE; RFC 4585 generic NACK and PLI; RFC 5104 FIR; REMB; transport-wide congestion control) and
 * {@link UnknownRtcp} for the rest (APP, XR, other feedback formats).
 */
public sealed interface RtcpPacket
        permits SenderReport, ReceiverReport, SourceDescription, Bye, GenericNack, PictureLossIndication,
        FullIntraRequest, Remb, TransportCc, UnknownRtcp {

    /** RTCP packet type of a sender report (RFC 3550 §6.4.1). */
    int SR = 200;
    /** RTCP packet type of a receiver report (RFC 3550 §6.4.2). */
    int RR = 201;
    /** RTCP packet type of source description (RFC 3550 §6.5). */
    int SDES = 202;
    /** RTCP packet type of goodbye (RFC 3550 §6.6). */
    int BYE = 203;
    /** RTCP packet type of application-defined (RFC 3550 §6.7). */
    int APP = 204;
    /** Transport-layer feedback (RFC 4585 §6.1). */
    int RTPFB = 205;
    /** Payload-specific feedback (RFC 4585 §6.1). */
    int PSFB = 206;
    /** Extended reports (RFC 3611). */
    int XR = 207;

    /** The RTCP packet type (PT) field. */
    int packetType();
}
