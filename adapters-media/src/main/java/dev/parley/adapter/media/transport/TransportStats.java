package dev.parley.adapter.media.transport;

/**
 * A snapshot of the transport's counters.
 *
 * @param datagramsReceived every datagram read from the socket
 * @param stunRequestsAnswered binding requests answered with a success response
 * @param stunDropped STUN messages dropped (malformed, unknown ufrag, bad integrity or fingerprint, not a request)
 * @param dtlsDatagrams DTLS datagrams handed to a session
 * @param rtpPackets RTP packets handed to a media handler
 * @param rtcpPackets RTCP packets handed to a media handler
 * @param unknownSourceDropped DTLS/RTP/RTCP from an address no session validated through ICE
 * @param unclassifiedDropped datagrams whose first byte matches no RFC 7983 range
 * @param handlerErrors exceptions thrown by media handlers (caught; the receive thread goes on)
 * @param sendErrors datagrams the socket refused to send (responses, DTLS, media)
 * @param sessions sessions currently open
 */
public record TransportStats(
        long datagramsReceived,
        long stunRequestsAnswered,
        long stunDropped,
        long dtlsDatagrams,
        long rtpPackets,
        long rtcpPackets,
        long unknownSourceDropped,
        long unclassifiedDropped,
        long handlerErrors,
        long sendErrors,
        int sessions) {
}
