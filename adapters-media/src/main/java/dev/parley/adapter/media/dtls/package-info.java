/**
 * DTLS 1.2 server for DTLS-SRTP (RFC 5763, RFC 5764) on Bouncy Castle bctls: the process's ECDSA
 * P-256 certificate and its SDP fingerprint, the peer fingerprint check, use_srtp negotiation and
 * the "EXTRACTOR-dtls_srtp" key export. Handshakes run on an I/O pool, fed from a queue by the
 * transport's demultiplexer. Independent of the srtp package: keys leave as (profile id, bytes).
 */
package dev.parley.adapter.media.dtls;
