/** JMH benchmarks of the ICE-lite agent (excluded from {@code mvn verify}; run with {@code -Pbench}). */
package dev.parley.adapter.media.ice.bench;
