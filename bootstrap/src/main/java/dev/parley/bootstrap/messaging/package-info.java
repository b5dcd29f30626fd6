/**
 * The messaging adapter (NATS) in the running application: started after the schema migration,
 * stopped at shutdown, its gateway offered for injection before it runs (calls fail with
 * {@code messaging_unavailable} until then), renewals answered in a transaction.
 */
package dev.parley.bootstrap.messaging;
