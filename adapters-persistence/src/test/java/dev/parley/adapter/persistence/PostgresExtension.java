package dev.parley.adapter.persistence;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes a test class run against the JVM's private PostgreSQL server ({@link PostgresCluster}):
 * starts it before the class's first test (failing the class, with instructions, when PostgreSQL
 * is not installed) and stops it when the whole test run ends.
 */
final class PostgresExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root store outlives every test class and closes AutoCloseable values at the end of
        // the run; the cluster's own shutdown hook is the fallback.
        context.getRoot().getStore(ExtensionContext.Namespace.create(PostgresExtension.class))
                .getOrComputeIfAbsent("cluster", key -> PostgresCluster.shared(), PostgresCluster.class);
    }
}
