/**
 * JSON on Parley's NATS subjects: room events, private messages, credentials, and the renewal
 * request/reply (formats documented in docs/messaging.md). Parsing is strict and bounded.
 */
package dev.parley.adapter.nats.wire;
