/**
 * JMH benchmarks of the token hot path against the JWT libraries Java users would otherwise pick.
 * Never run by {@code mvn verify}; run them with the {@code bench} profile (see {@link dev.parley.adapter.crypto.bench.TokenBenchmark}).
 */
package dev.parley.adapter.crypto.bench;
