package cl.slep.encuentros.bot.internal.buttons;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.bot.internal.BotHarness;
import cl.slep.encuentros.bot.internal.HarnessTest;
import cl.slep.encuentros.participants.StaffDirectory;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Callback data is never trusted: forged, foreign, malformed and oversized taps are refused and change nothing. */
class ForgedButtonTests extends HarnessTest {

    @Autowired
    StaffDirectory staff;

    @Test
    void aParticipantPressingAnAdminsButtonIsRefusedBeforeItRuns() {
        BotHarness.Person teresa = registered("Teresa", "Teresa Vega");
        long coordinator = 777_555_001L;
        staff.setCoordinatedNetworks(coordinator, Set.of(1L));
        int before = teresa.messageCount();

        teresa.presses(teresa.last().id(), ButtonCodec.encode(new TestOnly.RemovalOf(coordinator)));

        assertThat(teresa.toasts()).last().isEqualTo("Ese botón es solo para quienes administran el bot.");
        assertThat(staff.coordinatedNetworks(coordinator)).containsExactly(1L);
        assertThat(teresa.messageCount()).isEqualTo(before);
        staff.setCoordinatedNetworks(coordinator, Set.of());
    }

    @Test
    void theDataOfAnotherPersonsQuestionDoesNotAnswerMine() {
        BotHarness.Person ana = newPerson("Ana");
        BotHarness.Person beto = newPerson("Beto");
        ana.says("/start");
        beto.says("/start");
        String anasAccept = ana.last().callbackData("Acepto").orElseThrow();

        beto.presses(beto.last().id(), anasAccept);

        assertThat(beto.conversationStep()).contains("consent");
        assertThat(beto.toasts()).last().isEqualTo("Ese botón ya no corresponde: te repito la pregunta.");
        assertThat(ana.conversationStep()).contains("consent");
    }

    @Test
    void aTapOnAMessageOfAnotherChatIsRefused() {
        BotHarness.Person carla = newPerson("Carla");
        carla.says("/start");
        String accept = carla.last().callbackData("Acepto").orElseThrow();
        BotHarness.Person other = harness.person(carla.id() + 1, "Otro");

        // A query whose message belongs to Carla's chat but comes from someone else (possible only by forging).
        other.pressesInChat(carla.id(), carla.last().id(), accept);

        assertThat(carla.conversationStep()).contains("consent");
        // The answer is queued in the chat the query names; Telegram routes it by the query's id.
        assertThat(carla.toasts()).containsExactly("Este botón ya no está disponible.");
    }

    @Test
    void malformedUnknownAndOversizedDataAreRefusedPolitely() {
        BotHarness.Person dora = newPerson("Dora");
        dora.says("/start");
        long message = dora.last().id();
        String[] forged = {"", "yn1", "yn1:abc:1", "yn1:5:2", "yn9:5:1", "zz1:1", "v1:reg:consent:yes",
                "ro1:5:NOT_A_ROLE", "yn1:5:1:extra", "yn1:" + "9".repeat(70) + ":1", "x".repeat(65),
                "spg1:99999999999"};

        for (String data : forged) {
            dora.presses(message, data);
        }

        assertThat(dora.toasts()).hasSize(forged.length).containsOnly("Este botón ya no está disponible.");
        assertThat(dora.conversationStep()).contains("consent");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant WHERE telegram_user_id = ?", Integer.class,
                dora.id())).isZero();
    }

    /** The wire format of the staff removal button, rebuilt here as a forger would. */
    static final class TestOnly {
        @ButtonType(prefix = "srmok", role = cl.slep.encuentros.participants.StaffRole.ADMIN)
        record RemovalOf(long coordinator) implements Button {
        }
    }
}
