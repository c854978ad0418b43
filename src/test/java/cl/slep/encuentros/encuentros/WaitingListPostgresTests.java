package cl.slep.encuentros.encuentros;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.EmbeddedPostgresTest;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.RegistrationForm;
import cl.slep.encuentros.participants.SchoolRole;
import cl.slep.encuentros.participants.StaffDirectory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The waiting list under PostgreSQL's READ COMMITTED with people answering at the same moment: without the
 * encuentro's row lock two of them could both count one free place and both take it.
 */
class WaitingListPostgresTests extends EmbeddedPostgresTest {

    private static final int CAPACITY = 3;
    private static final int PEOPLE = 12;

    @Autowired
    Encuentros encuentros;

    @Autowired
    Rsvp rsvp;

    @Autowired
    Participants participants;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void peopleConfirmingAtOnceNeverTakeMorePlacesThanThereAreAndWaitInDistinctTurns() throws Exception {
        // A network of the catalogue (other tests here count them); only these people answer, so only they hold
        // or wait for places.
        long network = catalogue.networkByCode("EPJA").orElseThrow().id();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(participants.register(new RegistrationForm(970_000_000L + i, "Persona " + (char) ('A' + i),
                    null, "Escuela de prueba", SchoolRole.of("DOCENTE"), Set.of(network), Instant.now())).id());
        }
        long coordinator = 970_100_000L;
        staff.setCoordinatedNetworks(coordinator, Set.of(network));
        LocalDateTime start = LocalDateTime.now(ZoneId.of("America/Santiago")).plusDays(7).withNano(0);
        long id = encuentros.createDraft(coordinator, new EncuentroDraft("Cupos", null, "Liceo", "Calle 1", null,
                null, CAPACITY, start, start.plusHours(2), Set.of(network))).id();
        assertThat(encuentros.publish(coordinator, id)).isGreaterThanOrEqualTo(PEOPLE);

        List<AnswerOutcome> outcomes = all(people, person -> rsvp.answer(id, person, Answer.YES));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.result()).isEqualTo(AnswerOutcome.Result.RECORDED));
        assertPlaces(id, CAPACITY, PEOPLE - CAPACITY);
        List<Long> turns = jdbc.queryForList("SELECT waitlist_order FROM invitation WHERE encuentro_id = ?"
                + " AND place = 'WAITLISTED' ORDER BY waitlist_order", Long.class, id);
        assertThat(turns).doesNotHaveDuplicates().hasSize(PEOPLE - CAPACITY);

        // The confirmed decline while those waiting change their minds back and forth: still never over capacity.
        List<Long> confirmed = rsvp.invitations(id).stream().filter(i -> i.place() == Place.CONFIRMED)
                .map(InvitationView::participantId).toList();
        List<Long> waiting = rsvp.invitations(id).stream().filter(i -> i.place() == Place.WAITLISTED)
                .map(InvitationView::participantId).limit(4).toList();
        List<Long> movers = new ArrayList<>(confirmed);
        movers.addAll(waiting);
        all(movers, person -> rsvp.answer(id, person, confirmed.contains(person) ? Answer.NO : Answer.MAYBE));

        long yes = rsvp.invitations(id).stream().filter(i -> i.answer() == Answer.YES).count();
        assertPlaces(id, (int) Math.min(CAPACITY, yes), (int) Math.max(0, yes - CAPACITY));
        assertThat(rsvp.invitations(id).stream().filter(i -> i.place() == Place.CONFIRMED)
                .map(InvitationView::participantId).collect(Collectors.toSet()))
                .doesNotContainAnyElementsOf(movers);
    }

    private void assertPlaces(long id, int confirmed, int waitlisted) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invitation WHERE encuentro_id = ? AND place = 'CONFIRMED'",
                Integer.class, id)).isEqualTo(confirmed);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invitation WHERE encuentro_id = ? AND place = 'WAITLISTED'",
                Integer.class, id)).isEqualTo(waitlisted);
    }

    /** Runs the action for everyone at the same moment (released together) and waits for all. */
    private static <T> List<T> all(List<Long> people, java.util.function.Function<Long, T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<T>> futures = people.stream().map(person -> CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return action.apply(person);
            }, pool)).toList();
            go.countDown();
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }
}
