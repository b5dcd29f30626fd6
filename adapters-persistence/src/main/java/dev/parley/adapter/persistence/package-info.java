/**
 * Driven adapter for storage: JPA (Hibernate 6.6) implementations of the application's
 * {@code RoomRepository}, {@code ParticipantRepository}, {@code BanRepository},
 * {@code AuditLog}, {@code KeyRingStore} (API keys, secrets sealed), {@code RevocationList},
 * {@code WebhookOutbox}, {@code SealedSecretStore} (named secrets, sealed) and
 * {@code RoomKeyRepository} (room key epochs, sealed) out-ports, over H2 (embedded default) or
 * PostgreSQL (production).
 *
 * <p>What the bootstrap uses: the persistence unit {@value PersistenceUnit#NAME} shipped in
 * {@code META-INF/persistence.xml} (JTA, datasource {@value PersistenceUnit#JTA_DATA_SOURCE}),
 * {@link dev.parley.adapter.persistence.SchemaMigrator#migrate(javax.sql.DataSource)} at start-up, and
 * the public repository classes, each constructed from an {@code EntityManager}. Everything else
 * (entities, mappers, codecs) is package-private: the domain model is never an entity.
 *
 * <p>Transactions: no class here opens, commits or rolls back a transaction. The driving adapter
 * runs each use case in one transaction at READ COMMITTED (the default of both databases and of
 * Payara's pools); the row locks that make {@code add}, revocations and the audit chain atomic
 * rely on it.
 * Every write method flushes before it returns, so a constraint problem surfaces at the call
 * that caused it and the order of statements is the order of calls.
 */
package dev.parley.adapter.persistence;
