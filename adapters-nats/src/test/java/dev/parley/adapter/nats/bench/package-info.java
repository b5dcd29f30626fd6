/**
 * Load programs and JMH benchmarks (excluded from surefire; run them by hand, commands in
 * docs/messaging.md): the one-room fan-out with thousands of real participant connections, each
 * with its own issued credential, and the credential signing rate.
 */
package dev.parley.adapter.nats.bench;
