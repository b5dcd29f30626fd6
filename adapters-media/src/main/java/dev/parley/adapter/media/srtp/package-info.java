/**
 * SRTP and SRTCP (RFC 3711) written on the JDK's {@code javax.crypto}: the two DTLS-SRTP
 * protection profiles WebRTC uses, AEAD_AES_128_GCM (RFC 7714) and AES128_CM_HMAC_SHA1_80
 * (RFC 3711), plus AEAD_AES_256_GCM.
 *
 * <p>{@link dev.parley.adapter.media.srtp.SrtpKeyMaterial} splits the DTLS exporter output
 * (RFC 5764 §4.2) into the local and remote master keys; {@link
 * dev.parley.adapter.media.srtp.SrtpContext} protects or unprotects packets in place for one
 * direction, with key derivation (RFC 3711 §4.3), rollover counter estimation (§3.3.1), replay
 * protection (§3.3.2) and failure counters. Errors are negative return codes listed in {@link
 * dev.parley.adapter.media.srtp.SrtpError}: nothing on the packet path throws for bad input.
 * Bouncy Castle is never used here (it is about ten times slower for bulk AES).
 */
package dev.parley.adapter.media.srtp;
