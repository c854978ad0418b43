package cl.slep.encuentros.bot.internal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.bot.internal.BotHarness;
import cl.slep.encuentros.bot.internal.HarnessTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registration and profile edits, each step and each bad input, in-process. */
class RegistrationConversationTests extends HarnessTest {

    @Test
    void everyInvalidInputIsExplainedAndTheStepAskedAgain() {
        BotHarness.Person rosa = newPerson("Rosa");
        rosa.says("/start");
        rosa.taps("Acepto");
        assertThat(rosa.lastText()).contains("nombre completo");

        rosa.says("R");
        assertThat(previousText(rosa)).contains("muy corto");
        assertThat(rosa.lastText()).contains("nombre completo");
        rosa.says("Rosa 123");
        assertThat(previousText(rosa)).contains("solo puede tener letras");
        rosa.says("x".repeat(101));
        assertThat(previousText(rosa)).contains("muy largo");
        rosa.sendsSticker();
        assertThat(previousText(rosa)).contains("solo entiendo texto y botones");
        rosa.says("/ayuda");
        assertThat(previousText(rosa)).contains("Esto es lo que puedes hacer");
        assertThat(rosa.lastText()).contains("nombre completo");
        rosa.says("/perfil");
        assertThat(previousText(rosa)).contains("Estás en medio de un trámite");
        assertThat(rosa.lastText()).contains("nombre completo");

        rosa.says("Rosa Muñoz");
        assertThat(rosa.lastText()).contains("establecimiento");
        rosa.says("zz");
        assertThat(rosa.lastText()).contains("al menos 3 letras");
        rosa.says("chipana");
        BotHarness.BotMessage firstSearch = rosa.last();
        assertThat(firstSearch.text()).contains("Encontré estos establecimientos");
        rosa.says("inexistente xyz");
        assertThat(rosa.lastText()).contains("No encontré establecimientos");
        rosa.taps("No está en la lista");
        assertThat(rosa.lastText()).contains("nombre completo de tu establecimiento");
        rosa.says("ab");
        assertThat(previousText(rosa)).contains("entre 3 y 200 caracteres");
        rosa.says("Escuela Rural Pampa Perdida, Alto Hospicio");

        assertThat(rosa.lastText()).contains("cargo");
        rosa.says("directora");
        assertThat(previousText(rosa)).contains("usa los botones");
        // A button from an earlier step (the first search's results) only re-asks the current question.
        rosa.presses(firstSearch.id(), firstSearch.callbackData("Escuela Chipana").orElseThrow());
        assertThat(rosa.toasts()).last().isEqualTo("Ese botón ya no corresponde: te repito la pregunta.");
        assertThat(rosa.lastText()).contains("cargo");

        rosa.taps("Docente");
        rosa.taps("Listo");
        assertThat(rosa.toasts()).last().isEqualTo("Elige al menos una red.");
        rosa.taps("Red CRA");
        assertThat(rosa.last().labels()).contains("✅ Red CRA");
        rosa.taps("Listo");
        assertThat(rosa.lastText()).contains("Revisa tus datos")
                .contains("Escuela Rural Pampa Perdida, Alto Hospicio (por confirmar)");

        rosa.taps("Corregir");
        rosa.taps("Nombre");
        assertThat(rosa.lastText()).contains("nombre completo");
        rosa.says("Rosa Elena Muñoz");
        assertThat(rosa.lastText()).contains("Revisa tus datos").contains("Rosa Elena Muñoz");
        rosa.taps("Confirmar");
        assertThat(rosa.lastText()).contains("Tu registro quedó listo");
        assertThat(jdbc.queryForObject("SELECT establishment_free_text FROM participant WHERE telegram_user_id = ?",
                String.class, rosa.id())).isEqualTo("Escuela Rural Pampa Perdida, Alto Hospicio");
    }

    @Test
    void declinedConsentStoresNothingButTheRefusal() {
        BotHarness.Person luis = newPerson("Luis");
        int refusalsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM consent_refusal", Integer.class);

        luis.says("/start");
        luis.taps("No acepto");

        assertThat(luis.lastText()).contains("no guardé ningún dato tuyo");
        assertThat(count("SELECT COUNT(*) FROM participant WHERE telegram_user_id = ?", luis.id())).isZero();
        assertThat(luis.conversationStep()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consent_refusal", Integer.class)).isEqualTo(refusalsBefore + 1);
        luis.says("/perfil");
        assertThat(luis.lastText()).contains("primero necesito registrarte");
    }

    @Test
    void cancelLeavesRegistrationAtAnyStepAndStoresNothing() {
        BotHarness.Person jorge = newPerson("Jorge");
        jorge.says("/start");
        jorge.taps("Acepto");
        jorge.says("Jorge Castillo");

        jorge.says("/cancelar");

        assertThat(jorge.lastText()).contains("cancelé lo que estabas haciendo");
        assertThat(jorge.conversationStep()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM participant WHERE telegram_user_id = ?", jorge.id())).isZero();
    }

    @Test
    void theProfileShowsTheDataAndEachFieldCanBeChanged() {
        BotHarness.Person carla = registered("Carla", "Carla Muñoz");

        carla.says("/perfil");
        assertThat(carla.lastText()).contains("Tu perfil").contains("Carla Muñoz").contains("Colegio Simón Bolívar")
                .contains("Director/a");

        carla.taps("Cambiar nombre");
        assertThat(carla.lastText()).contains("nombre completo");
        carla.says("Carla Andrea Muñoz");
        assertThat(carla.lastText()).contains("Tu perfil").contains("Carla Andrea Muñoz");
        assertThat(previousText(carla)).isEqualTo("Listo, actualicé tu nombre.");

        carla.taps("Cambiar establecimiento");
        carla.says("chipana");
        carla.taps("Escuela Chipana");
        assertThat(carla.lastText()).contains("Tu perfil").contains("Escuela Chipana");

        carla.taps("Cambiar cargo");
        carla.taps("Orientador/a");
        assertThat(carla.lastText()).contains("Tu perfil").contains("Orientador/a");

        carla.taps("Cambiar redes");
        carla.taps("Red Enlaces");
        assertThat(carla.last().labels()).contains("✅ Red Enlaces", "✅ Red de Directores");
        carla.taps("Listo");
        assertThat(carla.lastText()).contains("Tu perfil").contains("Red Enlaces").contains("Red de Directores");

        Map<String, Object> row = jdbc.queryForMap("""
                SELECT p.full_name, p.school_role, e.name AS establishment FROM participant p
                JOIN establishment e ON e.id = p.establishment_id WHERE p.telegram_user_id = ?
                """, carla.id());
        assertThat(row).containsEntry("full_name", "Carla Andrea Muñoz").containsEntry("school_role", "ORIENTADOR")
                .containsEntry("establishment", "Escuela Chipana");
        assertThat(carla.conversationStep()).isEmpty();
    }

    @Test
    void aProfileEditIsNotStartedOverAnotherOneAndCancelKeepsTheOldValue() {
        BotHarness.Person nora = registered("Nora", "Nora Díaz");
        nora.says("/perfil");
        nora.taps("Cambiar nombre");

        nora.taps("Cambiar cargo");

        assertThat(nora.toasts()).last().asString().contains("Estás en medio de un trámite");
        assertThat(nora.conversationStep()).contains("name");
        nora.says("/cancelar");
        assertThat(jdbc.queryForObject("SELECT full_name FROM participant WHERE telegram_user_id = ?", String.class,
                nora.id())).isEqualTo("Nora Díaz");
    }

    @Test
    void someoneNewIsShownTheWayInAndHelpPutsRegistrationFirst() {
        BotHarness.Person nuevo = newPerson("Nuevo");

        nuevo.says("hola");
        assertThat(nuevo.lastText()).contains("Para registrarte").contains("/start");
        nuevo.says("/ayuda");

        assertThat(nuevo.lastText()).startsWith("<b>Para empezar, regístrate con /start</b>").contains("/start —")
                .contains("/mis_datos").doesNotContain("/perfil").doesNotContain("/preferencias")
                .doesNotContain("/encuentros");
        BotHarness.Person registered = registered("Raúl", "Raúl Castro");
        registered.says("/ayuda");
        assertThat(registered.lastText()).startsWith("<b>Esto es lo que puedes hacer:</b>").contains("/perfil");
        registered.says("hola");
        assertThat(registered.lastText()).contains("No entendí");
    }

    @Test
    void aOneWordNameIsCheckedGently() {
        BotHarness.Person ana = newPerson("Ana");
        ana.says("/start");
        ana.taps("Acepto");

        ana.says("Ana");

        assertThat(previousText(ana)).contains("¿Me das tu nombre y apellido?");
        assertThat(ana.lastText()).startsWith("¿Cuál es tu <b>nombre completo</b>?");
        assertThat(ana.conversationStep()).contains("name");
    }

    @Test
    void correctingFromTheSummaryCanGoBackWithoutChangingAnything() {
        BotHarness.Person beto = newPerson("Beto");
        beto.says("/start");
        beto.taps("Acepto");
        beto.says("Beto Soto");
        beto.says("simon bolivar");
        beto.taps("Colegio Simón Bolívar");
        beto.taps("Docente");
        beto.taps("Red CRA");
        beto.taps("Listo");
        beto.taps("Corregir");

        beto.taps("Nada, volver");

        assertThat(beto.lastText()).contains("Revisa tus datos").contains("Beto Soto");
        assertThat(beto.conversationStep()).contains("summary");
    }

    @Test
    void theProfileNetworksQuestionSaysTheTicksAreTheCurrentOnesAndPreferencesMarkTheChoice() {
        BotHarness.Person elsa = registered("Elsa", "Elsa Mena");
        elsa.says("/perfil");
        elsa.taps("Cambiar redes");
        assertThat(elsa.lastText()).contains("Estas son tus <b>redes</b> actuales");
        assertThat(elsa.last().labels()).contains("✅ Red de Directores", "⬜ Red UTP");
        elsa.taps("Red UTP");
        elsa.taps("Listo");
        assertThat(previousText(elsa)).isEqualTo("Listo, actualicé tus redes.");

        elsa.says("/preferencias");
        assertThat(elsa.last().labels()).containsExactly("✅ Recibir todo", "Solo lo esencial", "Pausar todos los mensajes");
        elsa.taps("Solo lo esencial");
        assertThat(elsa.last().labels()).containsExactly("Recibir todo", "✅ Solo lo esencial", "Pausar todos los mensajes");
    }

    @Test
    void aSearchFindsTheCommuneAndSaysWhenItShowsOnlySomeResults() {
        BotHarness.Person pia = newPerson("Pía");
        pia.says("/start");
        pia.taps("Acepto");
        pia.says("Pía Rojas");

        pia.says("alto hospicio");

        BotHarness.BotMessage results = pia.last();
        assertThat(results.text()).contains("Hay más resultados: escribe otra palabra del nombre o el RBD.");
        assertThat(results.labels()).hasSize(9).last().isEqualTo("No está en la lista");
        assertThat(results.labels().subList(0, 8)).allSatisfy(label -> assertThat(label).endsWith("(Alto Hospicio)"));
        pia.says("chipana");
        assertThat(pia.lastText()).doesNotContain("Hay más resultados");
    }

    @Test
    void thePrivacyNoticeIsSentInFullOnceAndAskedAgainShortly() {
        BotHarness.Person sara = newPerson("Sara");
        sara.says("/start");

        sara.says("sí");
        sara.says("/start");

        assertThat(sara.messages()).filteredOn(message -> message.text().startsWith("<b>Aviso de privacidad</b>")).hasSize(1);
        assertThat(sara.lastText()).startsWith("Para seguir necesito que aceptes");
        assertThat(previousText(sara)).isEqualTo("Sigamos donde quedamos 👇");
        assertThat(sara.last().labels()).containsExactly("Acepto", "No acepto", "Ver aviso completo");
        sara.taps("Ver aviso completo");
        assertThat(sara.lastText()).startsWith("<b>Aviso de privacidad</b>");
        sara.taps("Acepto");
        assertThat(sara.lastText()).contains("nombre completo");
        assertThat(sara.conversationStep()).contains("name");
    }

    private int count(String sql, long id) {
        return jdbc.queryForObject(sql, Integer.class, id);
    }

    private static String previousText(BotHarness.Person person) {
        List<BotHarness.BotMessage> messages = person.messages();
        return messages.get(messages.size() - 2).text();
    }
}
