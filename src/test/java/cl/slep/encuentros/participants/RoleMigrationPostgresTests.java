package cl.slep.encuentros.participants;

import cl.slep.encuentros.EmbeddedPostgresTest;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** V9 on PostgreSQL, in a database of its own on the shared embedded server. */
class RoleMigrationPostgresTests extends EmbeddedPostgresTest {

    @Autowired
    DataSource dataSource;

    @Test
    void modalitiesBecomeNetworksAndNothingIsLostOnPostgres() throws SQLException {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("DROP DATABASE IF EXISTS roles_migration");
        jdbc.execute("CREATE DATABASE roles_migration");
        String own = url.replaceFirst("/postgres(\\?|$)", "/roles_migration$1");

        new RoleMigrationCheck(own, "postgres", "postgres", "postgresql").modalitiesBecomeNetworksAndNothingIsLost();
    }
}
