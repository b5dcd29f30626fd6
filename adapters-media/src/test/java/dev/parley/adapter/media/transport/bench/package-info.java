/** JMH benchmarks of the media transport over loopback (excluded from {@code mvn verify}; run with {@code -Pbench}). */
package dev.parley.adapter.media.transport.bench;
