package cl.slep.encuentros.bot.internal.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.bot.internal.BotHarness;
import cl.slep.encuentros.bot.internal.HarnessTest;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules every conversation shares, tried through registration and staff in-process. */
class ConversationEngineTests extends HarnessTest {

    @Autowired
    ConversationStore store;

    @Test
    void aBurstOfTapsOnTheAnswerJustGivenAsksTheNextQuestionOnce() {
        BotHarness.Person ana = newPerson("Ana");
        ana.says("/start");
        BotHarness.BotMessage notice = ana.last();
        String accept = notice.callbackData("Acepto").orElseThrow();

        for (int i = 0; i < 15; i++) {
            ana.presses(notice.id(), accept);
        }

        assertThat(ana.messages()).filteredOn(message -> message.text().contains("nombre completo")).hasSize(1);
        assertThat(ana.toasts()).hasSize(15);
        assertThat(ana.toasts().subList(1, 15)).containsOnly("Ya recibí tu respuesta 👍");
        assertThat(ana.conversationStep()).contains("name");
    }

    @Test
    void twentyTapsOnListoGiveOneSummary() {
        BotHarness.Person rosa = newPerson("Rosa");
        rosa.says("/start");
        rosa.taps("Acepto");
        rosa.says("Rosa Muñoz");
        rosa.says("simon bolivar");
        rosa.taps("Colegio Simón Bolívar");
        rosa.taps("Director/a");
        BotHarness.BotMessage picker = rosa.last();
        String done = picker.callbackData("Listo").orElseThrow();

        for (int i = 0; i < 20; i++) {
            rosa.presses(picker.id(), done);
        }

        assertThat(rosa.messages()).filteredOn(message -> message.text().contains("Revisa tus datos")).hasSize(1);
        assertThat(rosa.conversationStep()).contains("summary");
    }

    @Test
    void anOldButtonAsksTheCurrentQuestionAgainOnceWhateverTheBurst() {
        BotHarness.Person luis = newPerson("Luis");
        luis.says("/start");
        luis.taps("Acepto");
        luis.says("Luis Rojas");
        luis.says("chipana");
        BotHarness.BotMessage results = luis.last();
        luis.taps("No está en la lista");
        luis.says("Escuela Rural Pampa Perdida");
        int before = luis.messageCount();

        String oldChoice = results.callbackData("Chipana").orElseThrow();
        for (int i = 0; i < 5; i++) {
            luis.presses(results.id(), oldChoice);
        }

        assertThat(luis.messageCount()).isEqualTo(before + 1);
        assertThat(luis.lastText()).contains("cargo");
        assertThat(luis.toasts().subList(luis.toasts().size() - 5, luis.toasts().size()))
                .containsOnly("Ese botón ya no corresponde: te repito la pregunta.");
        assertThat(luis.conversationStep()).contains("role");
    }

    @Test
    void aSecondFlowIsNotStartedOverARunningOne() {
        BotHarness.Person alicia = admin();
        alicia.says("/coordinadores");
        alicia.taps("Agregar");
        assertThat(alicia.conversationStep()).contains("who");
        int before = alicia.messageCount();

        alicia.taps("Agregar");

        assertThat(alicia.toasts()).last().asString().contains("Estás en medio de un trámite");
        assertThat(alicia.messageCount()).isEqualTo(before + 1);
        assertThat(alicia.lastText()).contains(alicia.messages().get(before - 1).text());
        alicia.says("/cancelar");
        assertThat(alicia.conversationStep()).isEmpty();
    }

    @Test
    void aConversationExpiresAfterItsTimeoutAndTheJobDeletesItAtThatInstant() {
        BotHarness.Person pedro = newPerson("Pedro");
        pedro.says("/start");
        assertThat(pedro.conversationStep()).contains("consent");

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(ConversationExpiry.run(store, clock)).isZero();
        assertThat(pedro.conversationStep()).contains("consent");

        clock.advance(Duration.ofSeconds(1));
        assertThat(ConversationExpiry.run(store, clock)).isGreaterThanOrEqualTo(1);
        assertThat(pedro.conversationStep()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant WHERE telegram_user_id = ?", Integer.class,
                pedro.id())).isZero();
    }

    @Test
    void anExpiredConversationNoLongerTakesTheAnswerEvenBeforeTheJobRuns() {
        BotHarness.Person marta = newPerson("Marta");
        marta.says("/start");
        marta.taps("Acepto");
        clock.advance(Duration.ofHours(25));

        marta.says("Marta Soto");

        assertThat(marta.lastText()).contains("Para registrarte").contains("/start");
        assertThat(marta.conversationStep()).isEmpty();
    }

    @Test
    void aFlowForAdminsEndsWhenThePersonIsNoLongerAdmin() {
        BotHarness.Person impostor = newPerson("Ignacio");
        // A staff flow row left for someone who is not an admin (their role was taken away meanwhile).
        jdbc.update("""
                INSERT INTO conversation_state (chat_id, flow, step, turn, state_version, state, reprompted_turn,
                                                updated_at, expires_at)
                VALUES (?, 'staff', 'who', 7, 1, '{"target":null,"networks":[],"seen":null}', 0, ?, ?)
                """, impostor.id(), java.sql.Timestamp.from(clock.instant()),
                java.sql.Timestamp.from(clock.instant().plus(Duration.ofHours(1))));

        impostor.says("123456789");

        assertThat(impostor.lastText()).contains("solo para quienes administran");
        assertThat(impostor.conversationStep()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coordinator_network WHERE telegram_user_id = 123456789",
                Integer.class)).isZero();
    }

    @Test
    void aStateOfAnOlderLayoutIsDiscardedInsteadOfTrappingThePerson() {
        BotHarness.Person old = newPerson("Olga");
        jdbc.update("""
                INSERT INTO conversation_state (chat_id, flow, step, turn, state_version, state, reprompted_turn,
                                                updated_at, expires_at)
                VALUES (?, 'registration', 'name', 7, 1, '{"unknown":' , 0, ?, ?)
                """, old.id(), java.sql.Timestamp.from(clock.instant()),
                java.sql.Timestamp.from(clock.instant().plus(Duration.ofHours(1))));

        old.says("/start");

        assertThat(old.lastText()).contains("Aviso de privacidad");
        assertThat(Collections.frequency(old.messages().stream().map(BotHarness.BotMessage::text).toList(),
                old.lastText())).isEqualTo(1);
    }

    @Test
    void textAPersonTypedComesBackShortenedToOneMessage() {
        BotHarness.Person tomas = newPerson("Tomás");
        tomas.says("/" + "x".repeat(4000));
        tomas.says("/start");
        tomas.taps("Acepto");
        tomas.says("Tomás Díaz");
        int before = tomas.messageCount();

        tomas.says("escuela ".repeat(500));

        assertThat(tomas.messages().get(0).text()).hasSizeLessThan(200).contains("…");
        assertThat(tomas.messageCount()).isEqualTo(before + 1);
        assertThat(tomas.lastText()).hasSizeLessThan(400).contains("…");
    }
}
