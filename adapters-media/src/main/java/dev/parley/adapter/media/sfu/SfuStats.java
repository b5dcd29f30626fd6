package dev.parley.adapter.media.sfu;

/**
 * A snapshot of the SFU's counters.
 *
 * @param rtpReceived              RTP packets that decrypted and belong to a published track
 * @param rtpForwarded             RTP packets re-encrypted and sent to a subscriber
 * @param rtpBeforeKeys            SRTP dropped because it arrived before the DTLS keys (browsers may send early)
 * @param srtpRejected             SRTP/SRTCP that failed authentication, replay or format checks
 * @param rtpUnknownSource         RTP from an SSRC or payload type no approved track announced (dropped)
 * @param forwardNotReady          packets not forwarded because the subscriber's DTLS was not up yet
 * @param sendFailed               datagrams the transport did not send
 * @param rtcpReceived             SRTCP compounds that decrypted
 * @param rtcpMalformed            decrypted RTCP with broken framing
 * @param keyframeRequestsReceived PLI/FIR received from subscribers for a forwarded track
 * @param keyframeRequestsSent     PLI/FIR sent to publishers (relayed, or on a subscriber's arrival)
 * @param senderReportsForwarded   sender reports passed on to subscribers (lip sync)
 * @param rooms                    rooms with at least one participant or track
 * @param peers                    open PeerConnections
 */
public record SfuStats(long rtpReceived, long rtpForwarded, long rtpBeforeKeys, long srtpRejected, long rtpUnknownSource,
        long forwardNotReady, long sendFailed, long rtcpReceived, long rtcpMalformed, long keyframeRequestsReceived,
        long keyframeRequestsSent, long senderReportsForwarded, int rooms, int peers) {
}
