package cl.slep.encuentros.bot.internal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.bot.internal.BotHarness;
import cl.slep.encuentros.bot.internal.HarnessTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roles and networks as the catalogue files give them, through registration, /perfil, /mis_datos and staff lists. */
class RolesAndNetworksConversationTests extends HarnessTest {

    private static final String CATALOGUE_ORDER = "Red de Directores, Red CRA, Red de Educación Parvularia, Red EPJA";

    @Test
    void theRoleQuestionOffersTheWholeCatalogueAndNoModality() {
        BotHarness.Person rita = untilTheRoleQuestion("Rita", "Rita Loyola");

        assertThat(rita.last().labels()).containsExactly("Director/a", "Subdirector/a", "Jefe/a UTP",
                "Inspector/a general", "Encargado/a de convivencia", "Orientador/a", "Psicólogo/a",
                "Trabajador/a social", "Coordinador/a PIE", "Educador/a diferencial", "Encargado/a CRA",
                "Coordinador/a Enlaces", "Educador/a de párvulos", "Docente", "Otro");

        rita.taps("Educador/a de párvulos");
        assertThat(rita.lastText()).contains("redes");
        assertThat(rita.last().labels()).contains("✅ Red de Educación Parvularia", "⬜ Red EPJA",
                "⬜ Red Técnico Profesional", "⬜ Red de Educación Especial");
    }

    @Test
    void otherAsksWhichOneAndEveryoneReadsWhatThePersonWrote() {
        BotHarness.Person tomas = untilTheRoleQuestion("Tomás", "Tomás Vega");

        tomas.taps("Otro");
        assertThat(tomas.lastText()).startsWith("¿Cuál es tu <b>cargo</b>?");
        assertThat(tomas.conversationStep()).contains("roleother");
        tomas.says("x");
        assertThat(previousText(tomas)).isEqualTo("Escribe tu cargo con letras, entre 3 y 60 caracteres.");
        tomas.says("  Fono\u200Baudiólogo   de PIE ");
        assertThat(tomas.lastText()).contains("redes");
        tomas.taps("Red PIE");
        tomas.taps("Listo");
        assertThat(tomas.lastText()).contains("Cargo: Fonoaudiólogo de PIE");
        tomas.taps("Confirmar");

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT school_role, school_role_other FROM participant WHERE telegram_user_id = ?", tomas.id());
        assertThat(row).containsEntry("school_role", "OTRO").containsEntry("school_role_other", "Fonoaudiólogo de PIE");
        tomas.says("/perfil");
        assertThat(tomas.lastText()).contains("Cargo: Fonoaudiólogo de PIE");
        tomas.says("/mis_datos");
        assertThat(tomas.lastText()).contains("Cargo: Fonoaudiólogo de PIE");
        assertThat(lastJson(tomas)).contains("\"cargo\" : \"Otro\"")
                .contains("\"cargo_indicado\" : \"Fonoaudiólogo de PIE\"");

        BotHarness.Person alicia = admin();
        alicia.says("/participantes");
        assertThat(alicia.messages()).extracting(BotHarness.BotMessage::text)
                .anySatisfy(text -> assertThat(text).contains("• Tomás Vega (Fonoaudiólogo de PIE) — Colegio Simón Bolívar"));
    }

    @Test
    void changingToOtherInTheProfileAsksWhichOneAndAnotherRoleForgetsIt() {
        BotHarness.Person ursula = registered("Úrsula", "Úrsula Tapia");

        ursula.says("/perfil");
        ursula.taps("Cambiar cargo");
        ursula.taps("Otro");
        assertThat(ursula.lastText()).startsWith("¿Cuál es tu <b>cargo</b>?");
        ursula.says("Asistente de la educación");
        assertThat(previousText(ursula)).isEqualTo("Listo, actualicé tu cargo.");
        assertThat(ursula.lastText()).contains("Tu perfil").contains("Cargo: Asistente de la educación");

        ursula.taps("Cambiar cargo");
        ursula.taps("Subdirector/a");
        assertThat(ursula.lastText()).contains("Cargo: Subdirector/a");
        assertThat(jdbc.queryForMap("SELECT school_role, school_role_other FROM participant WHERE telegram_user_id = ?",
                ursula.id())).containsEntry("school_role", "SUBDIRECTOR").containsEntry("school_role_other", null);
    }

    @Test
    void aForgedOrOutdatedRoleButtonIsRefusedPolitelyAndTheQuestionAskedAgain() {
        BotHarness.Person victor = untilTheRoleQuestion("Víctor", "Víctor Lagos");
        BotHarness.BotMessage question = victor.last();
        String director = question.callbackData("Director/a").orElseThrow();
        String unknown = director.substring(0, director.lastIndexOf(':') + 1) + "99";

        victor.presses(question.id(), unknown);

        assertThat(victor.toasts()).last().isEqualTo("Ese cargo ya no está en la lista. Elige uno de estos, por favor.");
        assertThat(victor.lastText()).isEqualTo("¿Cuál es tu <b>cargo</b>?");
        assertThat(victor.conversationStep()).contains("role");
    }

    @Test
    void networksAreListedInTheCataloguesOrderEverywhereWhateverTheOrderOfTheTaps() {
        BotHarness.Person wanda = untilTheRoleQuestion("Wanda", "Wanda Soto");
        wanda.taps("Docente");
        wanda.taps("Red EPJA");
        wanda.taps("Red de Educación Parvularia");
        wanda.taps("Red CRA");
        wanda.taps("Red de Directores");
        wanda.taps("Listo");

        String summary = wanda.lastText();
        wanda.taps("Confirmar");
        wanda.says("/perfil");
        String profile = wanda.lastText();
        wanda.says("/mis_datos");
        String myData = wanda.lastText();

        assertThat(summary).contains("Redes: " + CATALOGUE_ORDER + "\n");
        assertThat(profile).contains("Redes: " + CATALOGUE_ORDER + "\n");
        assertThat(myData).contains("Redes: " + CATALOGUE_ORDER + "\n");
        assertThat(lastJson(wanda)).contains("\"redes\" : [ \"Red de Directores\", \"Red CRA\", "
                + "\"Red de Educación Parvularia\", \"Red EPJA\" ]");
        wanda.taps("Cambiar redes");
        assertThat(wanda.last().labels()).startsWith("✅ Red de Directores", "⬜ Red UTP", "⬜ Red PIE",
                "⬜ Red de Convivencia Escolar", "✅ Red CRA", "⬜ Red Enlaces", "✅ Red de Educación Parvularia",
                "✅ Red EPJA");
    }

    private BotHarness.Person untilTheRoleQuestion(String firstName, String fullName) {
        BotHarness.Person person = newPerson(firstName);
        person.says("/start");
        person.taps("Acepto");
        person.says(fullName);
        person.says("simon bolivar");
        person.taps("Colegio Simón Bolívar");
        assertThat(person.lastText()).isEqualTo("¿Cuál es tu <b>cargo</b>?");
        return person;
    }

    private String lastJson(BotHarness.Person person) {
        return new String(jdbc.queryForObject("SELECT attachment FROM outbox_message WHERE chat_id = ? "
                + "AND kind = 'DOCUMENT' ORDER BY id DESC LIMIT 1", byte[].class, person.id()), StandardCharsets.UTF_8);
    }

    private static String previousText(BotHarness.Person person) {
        List<BotHarness.BotMessage> messages = person.messages();
        return messages.get(messages.size() - 2).text();
    }
}
