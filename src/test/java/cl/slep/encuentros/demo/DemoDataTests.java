package cl.slep.encuentros.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cl.slep.encuentros.EncuentrosApplication;
import cl.slep.encuentros.MutableClock;
import cl.slep.encuentros.encuentros.Answer;
import cl.slep.encuentros.encuentros.Attendance;
import cl.slep.encuentros.encuentros.AttendanceCounts;
import cl.slep.encuentros.encuentros.EncuentroStatus;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.InvitationView;
import cl.slep.encuentros.encuentros.Rsvp;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.participants.StaffRole;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application started as an operator starts it, on an H2 file of its own, at a fixed time. */
@ExtendWith(OutputCaptureExtension.class)
class DemoDataTests {

    /** Wednesday 25 November 2026, 10:00 in Santiago (UTC-3, summer time). */
    static final Instant NOW = Instant.parse("2026-11-25T13:00:00Z");
    private static final long COORDINADORA_SLEP = 7_000_000_002L;
    private static final long MARCELA = 9_900_000_000_001L;

    @TempDir
    Path directory;

    @Test
    void theSimulatorStartsWithTheDemoAndASecondStartOnTheSameDatabaseAddsNothing(CapturedOutput output)
            throws Exception {
        try (ConfigurableApplicationContext simulator = start("--encuentros.telegram.token=")) {
            Encuentros encuentros = simulator.getBean(Encuentros.class);
            List<EncuentroView> managed = encuentros.managedBy(COORDINADORA_SLEP, true);
            assertThat(managed).extracting(EncuentroView::status)
                    .containsExactly(EncuentroStatus.PUBLISHED, EncuentroStatus.ENDED);

            EncuentroView nextWeek = managed.get(0);
            assertThat(nextWeek.title()).contains("Red de Directores");
            assertThat(nextWeek.start()).as("next week's Thursday").isEqualTo(LocalDateTime.parse("2026-12-03T09:00"));
            assertThat(nextWeek.end()).isEqualTo(LocalDateTime.parse("2026-12-03T11:30"));
            assertThat(answers(simulator, nextWeek.id())).isEqualTo(Map.of(Answer.YES, 2L, Answer.MAYBE, 1L,
                    Answer.NO, 1L, Answer.NONE, 2L));
            // Planned by the scheduler's listener once the publication committed: asynchronously, as for any encuentro.
            Scheduler quartz = simulator.getBean(Scheduler.class);
            await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(quartz.getJobKeys(
                    GroupMatcher.jobGroupEquals("encuentro:" + nextWeek.id())))
                    .as("its reminders are planned, as for any encuentro").isNotEmpty());

            EncuentroView yesterday = managed.get(1);
            assertThat(yesterday.start()).isEqualTo(LocalDateTime.parse("2026-11-24T09:00"));
            assertThat(simulator.getBean(Attendance.class).summary(COORDINADORA_SLEP, yesterday.id()).overall())
                    .isEqualTo(new AttendanceCounts(3, 1, 1, 1, 4, 0));
            assertThat(managed).allSatisfy(e -> assertThat(encuentros.mayManage(COORDINADORA_SLEP, e.id())).isTrue());

            Participants participants = simulator.getBean(Participants.class);
            ParticipantProfile marcela = participants.findByTelegramUserId(MARCELA).orElseThrow();
            assertThat(marcela.fullName()).isEqualTo("Marcela Fuentes Araya");
            assertThat(marcela.establishment().rbd()).isEqualTo(12601);
            assertThat(marcela.messagesPaused()).isTrue();
            assertThat(participants.inNetwork(nextWeek.networkIds().iterator().next())).hasSize(6);

            // The invitations were queued as for anyone, and dropped: the emulator has no chat with these people.
            JdbcTemplate jdbc = simulator.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForList(
                    "SELECT status FROM outbox_message WHERE dedup_key LIKE 'invitation:%'", String.class))
                    .hasSize(6).containsOnly("DROPPED"));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = 'FAILED'", Long.class))
                    .isZero();
        }
        assertThat(output.getOut()).contains("Demo data loaded: 6 participants of Red de Directores")
                .doesNotContain("Telegram rejected").doesNotContain("could not be loaded");

        try (ConfigurableApplicationContext again = start("--encuentros.telegram.token=")) {
            assertThat(again.getBean(Encuentros.class).managedBy(COORDINADORA_SLEP, true)).hasSize(2);
            JdbcTemplate jdbc = again.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant", Long.class)).isEqualTo(6);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invitation", Long.class)).isEqualTo(12);
        }
        assertThat(output.getOut().split("Demo data loaded", -1)).as("loaded once").hasSize(2);
    }

    @Test
    void withAdminsConfiguredTheCoordinadoraIsMadeCoordinatorOfTheDemosNetwork() {
        try (ConfigurableApplicationContext simulator = start("--encuentros.telegram.token=",
                "--encuentros.admins=123456")) {
            StaffDirectory staff = simulator.getBean(StaffDirectory.class);
            assertThat(staff.roleOf(COORDINADORA_SLEP)).isEqualTo(StaffRole.COORDINATOR);
            Encuentros encuentros = simulator.getBean(Encuentros.class);
            assertThat(encuentros.managedBy(COORDINADORA_SLEP, true)).hasSize(2)
                    .allSatisfy(e -> assertThat(encuentros.mayManage(COORDINADORA_SLEP, e.id())).isTrue());
        }
    }

    @Test
    void withARealTokenThereIsNoDemo() {
        try (ConfigurableApplicationContext real = start("--encuentros.telegram.token=2000005:demo-test",
                // Never the real Telegram: nothing is polled nor sent.
                "--encuentros.telegram.api-url=http://127.0.0.1:9", "--encuentros.intake.enabled=false",
                "--encuentros.messaging.sender-enabled=false")) {
            JdbcTemplate jdbc = real.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demo_data", Long.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant", Long.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encuentro", Long.class)).isZero();
            assertThat(real.getBeanProvider(DemoData.class).getIfAvailable()).isNull();
        }
    }

    private static Map<Answer, Long> answers(ConfigurableApplicationContext context, long encuentroId) {
        return context.getBean(Rsvp.class).invitations(encuentroId).stream()
                .collect(Collectors.groupingBy(InvitationView::answer, Collectors.counting()));
    }

    private ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("encuentros").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0",
                "--spring.quartz.scheduler-name=demo-" + UUID.randomUUID(),
                "--encuentros.demo.enabled=true"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(EncuentrosApplication.class, FixedTime.class)
                .run(args.toArray(String[]::new));
    }

    @Configuration(proxyBeanMethods = false)
    static class FixedTime {
        @Bean
        @Primary
        Clock fixedClock() {
            return new MutableClock(NOW);
        }
    }
}
