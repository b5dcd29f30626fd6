/**
 * The WebRTC transport under Parley's SFU: one UDP socket (default port 7882) shared by every
 * session, ICE-lite, DTLS 1.2 with use_srtp, and the demultiplexing of RTP/RTCP to the SFU.
 *
 * <h2>API for the signaling/SFU layer</h2>
 * <pre>{@code
 * MediaTransport transport = MediaTransport.start(TransportConfig.defaults()      // port 7882, all addresses
 *         .withAdvertisedAddresses(List.of(publicIp)));                           // a=candidate addresses
 *
 * // per PeerConnection:
 * TransportSession s = transport.createSession(new TransportListener() {
 *     public void onConnected(int profileId, byte[] keys) {                      // I/O pool thread
 *         // SrtpKeyMaterial.fromDtlsExport(SrtpProfile.fromProfileId(profileId).orElseThrow(), keys, true)
 *     }
 *     public void onClosed(CloseReason reason) { ... }                            // always last
 * }, mediaHandler);                      // MediaPacketHandler.onRtp/onRtcp(buf, off, len), receive thread
 * s.localIce().ufrag(); s.localIce().pwd();   // a=ice-ufrag, a=ice-pwd (and a=ice-lite)
 * s.localFingerprint().toSdpValue();          // a=fingerprint:sha-256 AB:...   (a=setup:passive)
 * s.localCandidates().get(i).sdpValue();      // a=candidate:1 1 udp 2130706431 203.0.113.5 7882 typ host
 * s.setRemoteDescription(RemoteDescription.of(peerUfrag, peerPwd, CertificateFingerprint.parseSdp(peerFp)));
 * s.send(buf, off, len);                      // SRTP/SRTCP out, any thread; false until ICE has an address
 * s.close();                                  // onClosed(CLOSED_BY_APPLICATION) follows
 * transport.close();                          // every session: onClosed(TRANSPORT_SHUTDOWN)
 * }</pre>
 *
 * <p>A session ends on its own when the peer stops sending valid connectivity checks for the consent
 * timeout ({@link dev.parley.adapter.media.transport.CloseReason#CONSENT_EXPIRED}, RFC 7675), when
 * the DTLS handshake fails or times out, or when the peer closes DTLS. Parley is always the DTLS
 * server ({@code a=setup:passive} in answers, {@code actpass} in offers it makes) and the ICE-lite,
 * controlled side. RTP can reach the media handler before {@code onConnected} (browsers may send
 * SRTP before the server's last flight lands): drop it until keys are installed.
 *
 * <h2>Threads</h2>
 * One receive thread reads the socket and demultiplexes by the first byte (RFC 7983 §7): STUN to
 * the ICE-lite agent (answered on the same thread), DTLS to the session's handshake queue, RTP and
 * RTCP to the session's {@link dev.parley.adapter.media.transport.MediaPacketHandler}; sessions are
 * found by the STUN USERNAME, then by the remote address ICE validated. Nothing on that path
 * allocates per RTP packet, and nothing blocks. An I/O pool (fixed size, 4 by default) runs the
 * blocking DTLS handshakes and the listener callbacks; one scheduler thread checks consent freshness,
 * handshake deadlines and rotates the certificate (daily). Sending is thread-safe from any thread.
 */
package dev.parley.adapter.media.transport;
