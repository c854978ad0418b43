package cl.slep.encuentros.scheduler;

import cl.slep.encuentros.EncuentrosApplication;
import cl.slep.encuentros.encuentros.Answer;
import cl.slep.encuentros.encuentros.EncuentroDraft;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.Rsvp;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.RegistrationForm;
import cl.slep.encuentros.participants.SchoolRole;
import cl.slep.encuentros.participants.StaffDirectory;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application in a JVM of its own, so that a test can kill it as an operating system would (SIGKILL: no
 * shutdown hook, no graceful close) and start another on the same database file. Its arguments are the
 * application's settings. It prints {@code READY} once started, then answers commands read from its standard input,
 * one a line, each answer on a line of its own in the output:
 * <ul>
 * <li>{@code publish <start> <minutes> <coordinator> <user>...}: registers the users in the Red Enlaces, has the
 * coordinator publish an encuentro of that network starting at the local date-time {@code start} and lasting
 * {@code minutes}, answers "Asistiré" for everyone, waits until its reminders are in Quartz' store and every event was handled, and
 * prints
 * {@code PUBLISHED <id>};
 * <li>{@code status <id> <nonce>}: prints {@code STATUS <nonce> triggers=<reminder triggers still planned>
 * queued=<reminder rows not sent yet> sent=<reminder rows sent> rows=<reminder rows>}.
 * </ul>
 * When its standard input closes (the test that started it is gone) it halts at once: nothing outlives the test.
 */
public final class KillableApplication {

    private static final List<String> NAMES = List.of("Ana", "Bruno", "Carla", "Darío", "Elena", "Fabián", "Gloria",
            "Héctor");

    private KillableApplication() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(EncuentrosApplication.class)
                .web(WebApplicationType.NONE)
                .run(args);
        say("READY");
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = commands.readLine()) != null) {
            List<String> words = Arrays.asList(line.strip().split("\\s+"));
            try {
                if ("publish".equals(words.get(0))) {
                    say("PUBLISHED " + publish(context, LocalDateTime.parse(words.get(1)),
                            Long.parseLong(words.get(2)), Long.parseLong(words.get(3)),
                            words.subList(4, words.size()).stream().map(Long::parseLong).toList()));
                } else if ("status".equals(words.get(0))) {
                    say("STATUS " + words.get(2) + " " + status(context, Long.parseLong(words.get(1))));
                }
            } catch (RuntimeException e) {
                e.printStackTrace(System.out);
                say("FAILED " + e);
            }
        }
        Runtime.getRuntime().halt(0);
    }

    private static long publish(ConfigurableApplicationContext context, LocalDateTime start, long minutes,
            long coordinator, List<Long> users) {
        Catalogue catalogue = context.getBean(Catalogue.class);
        Participants participants = context.getBean(Participants.class);
        Encuentros encuentros = context.getBean(Encuentros.class);
        Rsvp rsvp = context.getBean(Rsvp.class);
        long enlaces = catalogue.networkByCode("ENLACES").orElseThrow().id();
        context.getBean(StaffDirectory.class).setCoordinatedNetworks(coordinator, Set.of(enlaces));
        List<Long> participantIds = new ArrayList<>();
        for (long user : users) {
            ParticipantProfile profile = participants.register(new RegistrationForm(user,
                    NAMES.get(participantIds.size() % NAMES.size()) + " Prueba",
                    null, "Escuela de prueba", SchoolRole.of("DOCENTE"), Set.of(enlaces), Instant.now()));
            participantIds.add(profile.id());
        }
        long id = encuentros.createDraft(coordinator, new EncuentroDraft("Encuentro que sobrevive a un corte",
                "Programa.", "Liceo Politécnico", "Av. Los Aromos 3000, Alto Hospicio", null, null, null, start,
                start.plusMinutes(minutes), Set.of(enlaces))).id();
        encuentros.publish(coordinator, id);
        participantIds.forEach(participant -> rsvp.answer(id, participant, Answer.YES));
        // Planned by an asynchronous listener after the commit: the test may kill this JVM only once it is done.
        Scheduler scheduler = context.getBean(Scheduler.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> reminderTriggers(scheduler, id) > 0
                && jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
                        Integer.class) == 0);
        return id;
    }

    private static String status(ConfigurableApplicationContext context, long encuentroId) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String reminders = "reminder:" + encuentroId + ":%";
        return "triggers=" + reminderTriggers(context.getBean(Scheduler.class), encuentroId)
                + " queued=" + jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE dedup_key LIKE ? "
                        + "AND status IN ('PENDING', 'SENDING')", Integer.class, reminders)
                + " sent=" + jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE dedup_key LIKE ? "
                        + "AND status = 'SENT'", Integer.class, reminders)
                + " rows=" + jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE dedup_key LIKE ?",
                        Integer.class, reminders);
    }

    private static int reminderTriggers(Scheduler scheduler, long encuentroId) throws Exception {
        return (int) scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals("encuentro:" + encuentroId)).stream()
                .filter(key -> key.getName().startsWith("reminder:")).count();
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
