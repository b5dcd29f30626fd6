/**
 * JMH benchmarks of the media packet path (run with {@code -Pbench}, never by {@code mvn verify}):
 * SRTP protect/unprotect against the raw JDK cipher and jitsi-srtp. Figures and commands are in
 * BENCHMARKS.md, section "SRTP (issue 7)".
 */
package dev.parley.adapter.media.bench;
