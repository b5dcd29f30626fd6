/**
 * Browser system tests: Debian's headless Chromium, driven by playwright-core from node, runs a
 * WebRTC page against the running parley.jar (signaling WebSocket, ICE-lite, DTLS-SRTP, the SFU).
 */
package dev.parley.bootstrap.system.browser;
