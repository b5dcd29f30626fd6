/**
 * In-memory fake of the sealed secret store, published in the application's test-jar for the
 * services' tests and for adapters that need a store without a database.
 */
package dev.parley.application.vault.fake;
