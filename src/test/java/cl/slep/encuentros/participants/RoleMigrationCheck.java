package cl.slep.encuentros.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V9 on a database with people who chose a modality as their role: run against an empty database of each vendor,
 * migrated to V8, given such people, then migrated on.
 */
final class RoleMigrationCheck {

    private final Flyway flyway;
    private final JdbcTemplate jdbc;

    RoleMigrationCheck(String url, String user, String password, String vendor) {
        DataSource dataSource = new DriverManagerDataSource(url, user, password);
        this.jdbc = new JdbcTemplate(dataSource);
        this.flyway = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .cleanDisabled(false).load();
    }

    void modalitiesBecomeNetworksAndNothingIsLost() {
        flyway.migrate();
        flyway.clean();
        Flyway.configure().configuration(flyway.getConfiguration()).target("8").load().migrate();
        long epja = network("EPJA", 70);
        long tp = network("TP", 80);
        long directors = network("DIRECTORES", 10);
        // No ESPECIAL network: an admin had removed it.
        long ana = participant(1, "Ana Soto", "EPJA");
        long beto = participant(2, "Beto Ríos", "TP");
        long carla = participant(3, "Carla Mena", "EDUCACION_ESPECIAL");
        long dario = participant(4, "Darío Vera", "DIRECTOR");
        long elsa = participant(5, "Elsa Díaz", "EPJA");
        member(beto, tp);
        member(dario, directors);
        member(elsa, directors);

        flyway.migrate();

        assertThat(row(ana)).containsEntry("school_role", "DOCENTE").containsEntry("school_role_other", null);
        assertThat(networks(ana)).containsExactly(epja);
        assertThat(row(beto)).containsEntry("school_role", "DOCENTE");
        assertThat(networks(beto)).containsExactly(tp);
        assertThat(row(carla)).containsEntry("school_role", "OTRO")
                .containsEntry("school_role_other", "Educación especial");
        assertThat(networks(carla)).isEmpty();
        assertThat(row(dario)).containsEntry("school_role", "DIRECTOR").containsEntry("school_role_other", null);
        assertThat(networks(dario)).containsExactly(directors);
        assertThat(networks(elsa)).containsExactlyInAnyOrder(directors, epja);
    }

    private long network(String code, int order) {
        jdbc.update("INSERT INTO network (code, name, description, sort_order) VALUES (?, ?, 'x', ?)", code,
                "Red " + code, order);
        return jdbc.queryForObject("SELECT id FROM network WHERE code = ?", Long.class, code);
    }

    private long participant(long telegramId, String name, String role) {
        Timestamp now = Timestamp.from(Instant.parse("2026-05-04T13:00:00Z"));
        jdbc.update("""
                INSERT INTO participant (telegram_user_id, full_name, consent_given_at, registered_at, school_role)
                VALUES (?, ?, ?, ?, ?)
                """, telegramId, name, now, now, role);
        return jdbc.queryForObject("SELECT id FROM participant WHERE telegram_user_id = ?", Long.class, telegramId);
    }

    private void member(long participant, long network) {
        jdbc.update("INSERT INTO participant_network (participant_id, network_id) VALUES (?, ?)", participant, network);
    }

    private Map<String, Object> row(long participant) {
        return jdbc.queryForMap("SELECT school_role, school_role_other FROM participant WHERE id = ?", participant);
    }

    private List<Long> networks(long participant) {
        return jdbc.queryForList("SELECT network_id FROM participant_network WHERE participant_id = ?", Long.class,
                participant);
    }
}
