package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The private PostgreSQL server the tests run against is real, and private. */
@ExtendWith(PostgresExtension.class)
class PostgresClusterTest {

    @Test
    void isARealPostgresqlServerOnALoopbackPort() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        try (Connection c = cluster.createDatabase("probe").getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version(), inet_server_addr()::text, current_setting('fsync')")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("PostgreSQL ");
            assertThat(rs.getString(2)).startsWith("127.0.0.1");
            assertThat(rs.getString(3)).isEqualTo("off");
        }
        assertThat(cluster.port()).isPositive();
    }

    @Test
    void withoutPostgresqlInstalledTheTestsFailWithInstructionsInsteadOfSkipping(@TempDir Path noPostgresHere) {
        assertThatThrownBy(() -> PostgresCluster.findBinaries(null, noPostgresHere.resolve("postgresql")))
                .isInstanceOf(IllegalStateException.class) // an error, not a TestAbortedException (which would skip)
                .hasMessageContaining("apt-get install -y postgresql")
                .hasMessageContaining("PARLEY_PG_BIN");
    }
}
