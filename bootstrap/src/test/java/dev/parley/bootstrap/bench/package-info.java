/**
 * JMH benchmarks of bootstrap-level hot paths. Never run by {@code mvn verify}; run them with the
 * {@code bench} profile (see {@link dev.parley.bootstrap.bench.SignedRequestBenchmark}).
 */
package dev.parley.bootstrap.bench;
