package dev.parley.adapter.media.sfu;

/** What a {@link PeerSession} tells its owner (the signaling session): called on transport threads. */
public interface PeerEvents {

    /** DTLS completed and the SRTP contexts are in place, with the negotiated protection profile. */
    void onConnected(PeerSession peer, String srtpProfile);

    /** The PeerConnection is gone (closed by Parley, consent expired, DTLS failed...). */
    void onClosed(PeerSession peer, String reason);

    /** Events that go nowhere. */
    PeerEvents NONE = new PeerEvents() {
        @Override
        public void onConnected(PeerSession peer, String srtpProfile) {
        }

        @Override
        public void onClosed(PeerSession peer, String reason) {
        }
    };
}
