/**
 * The WebRTC transport under Parley's SFU: one UDP socket (default port 7882) shared by every
 * session, ICE-lite, DTLS 1.2 with use_srtp, and the demultiplexing of RTP/RTCP to the SFU.
 *
 * <h2>API for the signaling/SFU layer</h2>
 * <pre>{@code
 * MediaTransport transport = MediaTransport.start(TransportConfig.defaults()
 *         .withAdvertisedAddresses(List.of(publicIp)));
 *
 * // per PeerConnection:
 * TransportSession s = transport.createSession(new TransportListener() {
 *     public void onConnected(int profileId, byte[] keys) { ...SrtpKeyMaterial.fromDtlsExport(profileId, keys)... }
 *     public void onClosed(CloseReason reason) { ... }
 * }, mediaHandler);                      // MediaPacketHandler.onRtp/onRtcp(buf, off, len)
 * s.localIce();                          // a=ice-ufrag / a=ice-pwd (and a=ice-lite)
 * s.localFingerprint().toSdpValue();     // a=fingerprint:sha-256 ...   (a=setup:passive)
 * s.localCandidates();                   // a=candidate: values
 * s.setRemoteDescription(RemoteDescription.of(ufrag, pwd, CertificateFingerprint.parseSdp(fp)));
 * s.send(buf, off, len);                 // SRTP/SRTCP out, thread-safe
 * s.close();
 * transport.close();
 * }</pre>
 *
 * <h2>Threads</h2>
 * One receive thread reads the socket and demultiplexes by the first byte (RFC 7983 §7): STUN to
 * the ICE-lite agent (answered on the same thread), DTLS to the session's handshake queue, RTP and
 * RTCP to the session's {@link dev.parley.adapter.media.transport.MediaPacketHandler}; sessions are
 * found by the STUN USERNAME, then by the remote address ICE validated. An I/O pool runs the
 * blocking DTLS handshakes and the listener callbacks; one scheduler thread checks consent freshness
 * and handshake deadlines. Sending is thread-safe from any thread.
 */
package dev.parley.adapter.media.transport;
