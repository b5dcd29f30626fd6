package dev.parley.bootstrap.persistence;

import dev.parley.bootstrap.messaging.MessagingRuntime;
import dev.parley.adapter.persistence.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import dev.parley.bootstrap.startup.KeyImport;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Defines Parley's datasource from configuration, migrates the schema once at start, before any
 * use case runs, then brings the configured API keys into the key ring and starts messaging. Defaults to an H2 file database under the data directory with
 * {@code WRITE_DELAY=0} (without it H2 loses acknowledged commits on a crash) and a 10 s lock
 * timeout; production points {@code parley.datasource.*} at PostgreSQL.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = "java:app/jdbc/parley",
        className = "${MPCONFIG=parley.datasource.class}",
        url = "${MPCONFIG=parley.datasource.url}",
        user = "${MPCONFIG=parley.datasource.user}",
        password = "${MPCONFIG=parley.datasource.password}",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {"fish.payara.log-jdbc-calls=false"})
public class SchemaStartup {

    private static final Logger LOG = Logger.getLogger("parley");

    @Resource(lookup = "java:app/jdbc/parley")
    private DataSource dataSource;

    @Inject
    private KeyImport keyImport;

    @Inject
    private MessagingRuntime messaging;

    @PostConstruct
    void migrate() {
        SchemaMigrator.migrate(dataSource);
        LOG.info("database schema is up to date");
        try {
            keyImport.importConfiguredKeys();
        } catch (RuntimeException e) {
            LOG.warning("API keys could not be imported into the key ring: " + e.getClass().getSimpleName());
        }
        // The messaging operator and account keys are stored sealed in the database just migrated.
        messaging.start();
    }
}
