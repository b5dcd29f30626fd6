/**
 * Server-API use cases over tokens and keys, with the caller's authority checked and audited:
 * issuing access tokens (an API-secret holder, or a room admin for its own room without
 * escalation) and administering the key ring (API-secret holders only).
 */
package dev.parley.application.token.admin;
