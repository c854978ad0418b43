package cl.slep.encuentros.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.EncuentrosApplication;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.RecordedCall;
import cl.slep.encuentros.simulator.RecordedCalls;
import cl.slep.encuentros.simulator.SimulatedUser;
import cl.slep.encuentros.simulator.StandaloneEmulator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application on one PostgreSQL, one bot: only the lease holder sends, each row leaves
 * once, and when the holder stops the other takes over without losing or doubling anything.
 */
class SenderScaleOutTests {

    private static final int CHATS = 80;

    @Test
    void twoInstancesSendEveryRowOnceWithinTelegramsLimitAndTheSecondTakesOverWhenTheFirstStops() throws Exception {
        String token = "5910001:scale-out-" + Long.toHexString(System.nanoTime());
        EmulatedBot telegram = StandaloneEmulator.shared().emulator().bot(token);
        List<SimulatedUser> users = LongStream.range(0, CHATS)
                .mapToObj(i -> new SimulatedUser(880_000_000L + (System.nanoTime() % 1000) * 1000 + i, "Docente" + i,
                        "Prueba", null))
                .toList();
        users.forEach(telegram::userOpensChat);

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
                ConfigurableApplicationContext a = instance(postgres, token, "a");
                ConfigurableApplicationContext b = instance(postgres, token, "b")) {
            // Half the burst is queued on each instance; ten chats get a second message that must follow the first.
            a.getBean(Outbox.class).enqueueAll(envelopes(users.subList(0, CHATS / 2), 1));
            b.getBean(Outbox.class).enqueueAll(envelopes(users.subList(CHATS / 2, CHATS), 1));
            a.getBean(Outbox.class).enqueueAll(envelopes(users.subList(0, 10), 2));

            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> sent(telegram, users).size() >= 20);
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            String leader = jdbc.queryForObject("SELECT holder FROM sender_lease WHERE name = 'outbox'", String.class);
            ConfigurableApplicationContext first = leader.startsWith("a#") ? a : b;
            ConfigurableApplicationContext second = first == a ? b : a;
            first.close();

            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> sent(telegram, users).size() >= CHATS + 10);
            JdbcTemplate remaining = second.getBean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> remaining.queryForObject(
                    "SELECT COUNT(*) FROM outbox_message WHERE status <> 'SENT'", Integer.class) == 0);

            List<RecordedCall> calls = sent(telegram, users);
            Map<String, Long> perText = calls.stream()
                    .collect(Collectors.groupingBy(call -> call.chatId() + ":" + call.text(), Collectors.counting()));
            assertThat(perText).as("every row once").hasSize(CHATS + 10).allSatisfy((key, count) ->
                    assertThat(count).as(key).isEqualTo(1));
            // The emulator answers 429 as soon as the bot goes over 30 a second: that is the limit's verdict. The
            // most calls it recorded within a sliding second is printed; on a loaded machine arrival jitter can
            // bunch calls that left a thirtieth of a second apart.
            assertThat(telegram.tooManyRequestsAnswered()).as("429 answers").isZero();
            for (SimulatedUser user : users.subList(0, 10)) {
                assertThat(calls.stream().filter(call -> call.chatId() == user.id()).map(RecordedCall::text))
                        .containsExactly("Aviso 1", "Aviso 2");
            }
            assertThat(remaining.queryForObject("SELECT holder FROM sender_lease WHERE name = 'outbox'", String.class))
                    .startsWith(second == a ? "a#" : "b#");
            System.out.printf("scale-out: %d messages, at most %d in one second, leader changed from %s%n",
                    calls.size(), RecordedCalls.mostInOneSecond(calls), leader);
        }
    }

    private static List<Envelope> envelopes(List<SimulatedUser> users, int number) {
        return users.stream()
                .map(user -> Envelope.of(new OutgoingMessage.Text(user.id(), "Aviso " + number), Priority.BULK,
                        Category.OPTIONAL, "scale:" + number + ":" + user.id()).withCorrelation("broadcast:scale"))
                .toList();
    }

    private static List<RecordedCall> sent(EmulatedBot telegram, List<SimulatedUser> users) {
        Map<Long, SimulatedUser> byId = users.stream().collect(Collectors.toMap(SimulatedUser::id, Function.identity()));
        return telegram.calls("sendMessage").stream()
                .filter(call -> call.httpStatus() == 200 && byId.containsKey(call.chatId()))
                .toList();
    }

    private static ConfigurableApplicationContext instance(EmbeddedPostgres postgres, String token, String name) {
        return new SpringApplicationBuilder(EncuentrosApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("postgres")
                .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--spring.quartz.scheduler-name=scale-out-" + name,
                        "--encuentros.telegram.token=" + token,
                        "--encuentros.telegram.api-url=" + StandaloneEmulator.shared().baseUrl(),
                        "--encuentros.intake.poll-timeout=2s",
                        "--encuentros.messaging.instance-name=" + name,
                        "--encuentros.messaging.lease-duration=3s",
                        "--encuentros.messaging.lease-renew-interval=500ms",
                        "--logging.level.root=WARN");
    }
}
