package cl.slep.encuentros.simulator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.env.Environment;

/**
 * Refuses simulator mode on data that is not the demo's, before Flyway touches the database: the web chat has no
 * login, so whoever reaches it acts as anyone. {@code encuentros.simulator.enabled=true} means someone asked for
 * the simulator on purpose, and then it starts.
 */
class SimulatorSafetyCheck implements FlywayMigrationStrategy {

    private static final String ACTION = """
            Si falta TELEGRAM_BOT_TOKEN, configúralo y vuelve a iniciar: el bot real atenderá como siempre.
            Si de verdad quieres el simulador sobre estos datos, inicia con ENCUENTROS_SIMULATOR_ENABLED=true.""";

    private final Environment environment;
    private final SimulatorProperties properties;

    SimulatorSafetyCheck(Environment environment, SimulatorProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    @Override
    public void migrate(Flyway flyway) {
        if (!Boolean.TRUE.equals(properties.enabled())) {
            refuseIfNotTheDemosData(flyway.getConfiguration().getDataSource());
        }
        flyway.migrate();
    }

    private void refuseIfNotTheDemosData(DataSource dataSource) {
        if (environment.matchesProfiles("postgres")) {
            throw new SimulatorRefused("""
                    El simulador no se inicia con el perfil "postgres" (la base de datos de producción): \
                    no hay TELEGRAM_BOT_TOKEN, y el chat web del simulador no pide identificación, así que \
                    cualquiera que llegue a él podría ver y borrar datos reales.""", ACTION);
        }
        if (hasServedARealBot(dataSource)) {
            throw new SimulatorRefused("""
                    El simulador no se inicia sobre esta base de datos: ya la usó el bot real de Telegram. \
                    No hay TELEGRAM_BOT_TOKEN, y el chat web del simulador no pide identificación, así que \
                    cualquiera que llegue a él podría ver y borrar datos reales.""", ACTION);
        }
    }

    private static boolean hasServedARealBot(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!tableExists(connection)) {
                return false;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM deployment_marker")) {
                return rows.next() && rows.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the database for a deployment marker", e);
        }
    }

    private static boolean tableExists(Connection connection) throws SQLException {
        // Unquoted names are lower case on PostgreSQL and on H2 with DATABASE_TO_LOWER, upper case on plain H2.
        for (String name : new String[] {"deployment_marker", "DEPLOYMENT_MARKER"}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
