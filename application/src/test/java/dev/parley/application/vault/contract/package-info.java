/**
 * Abstract contract test of {@link dev.parley.application.vault.SealedSecretStore}. A persistence
 * adapter extends it and supplies its implementation; the in-memory fake runs it here.
 */
package dev.parley.application.vault.contract;
