package dev.parley.adapter.persistence;

/** Names the bootstrap needs to wire the persistence unit shipped in this jar. */
public final class PersistenceUnit {

    /** The persistence unit's name in {@code META-INF/persistence.xml} (for {@code @PersistenceContext(unitName = ...)}). */
    public static final String NAME = "parley";

    /** The JNDI name of the JTA datasource the unit uses; the bootstrap must define it. */
    public static final String JTA_DATA_SOURCE = "java:app/jdbc/parley";

    /** Where Flyway finds the migrations, on the class path. */
    public static final String MIGRATIONS = "classpath:db/migration/parley";

    private PersistenceUnit() {
    }
}
