package cl.slep.encuentros.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.RecordedCall;
import cl.slep.encuentros.simulator.SimulatedUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class RegistrationEndToEndTests extends BotEndToEndTest {

    private static final String TOKEN = newToken();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        connectTo(registry, TOKEN);
    }

    private final EmulatedBot telegram = bot(TOKEN);

    @Autowired
    Outbox outbox;

    @Test
    void aNewcomerRegistersByTappingThroughEveryStep() {
        SimulatedUser ana = newUser("Ana");
        RegistrationDriver person = new RegistrationDriver(telegram, ana);

        person.says("/start");
        ChatMessage notice = person.awaitLastContaining("Aviso de privacidad");
        assertThat(notice.text()).contains("SLEP").contains("/mis_datos").contains("/borrar_mis_datos")
                .contains("24 meses");
        person.taps("Acepto");
        person.awaitLastContaining("nombre completo");
        person.says("  Ana María   Rojas-O'Ryan ");
        person.awaitLastContaining("establecimiento");
        person.says("SIMON   bolivar");
        ChatMessage matches = person.awaitLastContaining("Encontré estos establecimientos");
        assertThat(matches.buttons()).extracting(ChatMessage.Button::text)
                .anyMatch(label -> label.startsWith("Colegio Simón Bolívar"))
                .contains("No está en la lista");
        person.taps("Colegio Simón Bolívar");
        ChatMessage roles = person.awaitLastContaining("cargo");
        assertThat(roles.buttons()).hasSize(15);
        person.taps("Jefe/a UTP");
        ChatMessage networks = person.awaitLastContaining("redes");
        assertThat(networks.button("✅ Red UTP")).isPresent();
        person.taps("Red PIE");
        person.awaitLatest(message -> message.button("✅ Red PIE").isPresent());
        person.taps("Listo");
        ChatMessage summary = person.awaitLastContaining("Revisa tus datos");
        assertThat(summary.text()).contains("Ana María Rojas-O'Ryan").contains("Colegio Simón Bolívar")
                .contains("Jefe/a UTP").contains("Red PIE").contains("Red UTP");
        person.taps("Confirmar");
        ChatMessage done = person.awaitLastContaining("Tu registro quedó listo");
        assertThat(done.text()).contains("/encuentros").contains("/perfil").contains("/ayuda");

        Map<String, Object> row = jdbc.queryForMap("""
                SELECT p.full_name, p.school_role, e.name AS establishment, p.consent_given_at
                FROM participant p JOIN establishment e ON e.id = p.establishment_id WHERE p.telegram_user_id = ?
                """, ana.id());
        assertThat(row.get("full_name")).isEqualTo("Ana María Rojas-O'Ryan");
        assertThat(row.get("school_role")).isEqualTo("JEFE_UTP");
        assertThat(row.get("establishment")).isEqualTo("Colegio Simón Bolívar");
        assertThat(row.get("consent_given_at")).isNotNull();
        assertThat(jdbc.queryForList("""
                SELECT n.code FROM participant_network pn JOIN network n ON n.id = pn.network_id
                JOIN participant p ON p.id = pn.participant_id WHERE p.telegram_user_id = ? ORDER BY n.code
                """, String.class, ana.id())).containsExactly("PIE", "UTP");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM conversation_state WHERE chat_id = ?", Integer.class, ana.id()))
                .isZero();

        person.says("/start");
        ChatMessage menu = person.awaitLastContaining("Hola de nuevo");
        assertThat(menu.text()).contains("Menú principal");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant WHERE telegram_user_id = ?", Integer.class, ana.id()))
                .isEqualTo(1);
    }

    @Test
    void someoneWhoseRoleIsNotListedWritesItAndItIsKept() {
        SimulatedUser olga = newUser("Olga");
        RegistrationDriver person = new RegistrationDriver(telegram, olga);
        person.says("/start");
        person.taps("Acepto");
        person.awaitLastContaining("nombre completo");
        person.says("Olga Cortés");
        person.awaitLastContaining("establecimiento");
        person.says("simon bolivar");
        person.taps("Colegio Simón Bolívar");
        person.awaitLastContaining("cargo");

        person.taps("Otro");
        person.awaitLastContaining("Escríbelo en pocas palabras");
        person.says("Fonoaudióloga");
        person.taps("Red PIE");
        person.awaitLatest(message -> message.button("✅ Red PIE").isPresent());
        person.taps("Listo");
        assertThat(person.awaitLastContaining("Revisa tus datos").text()).contains("Cargo: Fonoaudióloga");
        person.taps("Confirmar");
        person.awaitLastContaining("Tu registro quedó listo");

        assertThat(jdbc.queryForMap("SELECT school_role, school_role_other FROM participant WHERE telegram_user_id = ?",
                olga.id())).containsEntry("school_role", "OTRO").containsEntry("school_role_other", "Fonoaudióloga");
    }

    @Test
    void myDataSendsAReadableMessageAndAJsonDocument() {
        SimulatedUser pedro = newUser("Pedro");
        RegistrationDriver person = new RegistrationDriver(telegram, pedro);
        person.registersAsDirector("Pedro Soto");

        person.says("/mis_datos");

        ChatMessage text = eventually().until(() -> telegram.botMessages(pedro.id()).stream()
                .filter(m -> m.text() != null && m.text().contains("Tus datos guardados")).findFirst().orElse(null),
                m -> m != null);
        assertThat(text.text()).contains("Pedro Soto").contains("Colegio Simón Bolívar").contains("Director/a")
                .contains("Red de Directores").contains(String.valueOf(pedro.id()));
        ChatMessage document = eventually().until(() -> telegram.lastBotMessage(pedro.id()).orElse(null),
                m -> m != null && "mis_datos.json".equals(m.fileName()));
        String json = new String(emulator().emulator().fileContent(document.fileId()).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"nombre_completo\" : \"Pedro Soto\"").contains("\"rbd\" : 12601")
                .contains("\"cargo\" : \"Director/a\"").contains("Red de Directores")
                .contains("\"id_usuario_telegram\" : " + pedro.id()).contains("consentimiento_otorgado_el");
    }

    @Test
    void erasureLeavesNoPersonalDataInAnyTable() {
        SimulatedUser sofia = newUser("Sofía");
        RegistrationDriver person = new RegistrationDriver(telegram, sofia);
        person.registersAsDirector("Sofía Zamorano Quispe");
        person.says("/mis_datos");
        eventually().until(() -> telegram.lastBotMessage(sofia.id()).map(m -> "mis_datos.json".equals(m.fileName()))
                .orElse(false));

        person.says("/borrar_mis_datos");
        person.taps("Sí, borrar mis datos");

        person.awaitLatest(message -> message.text().contains("borré tus datos personales"));
        eventually().until(() -> tablesContaining("Sofía Zamorano Quispe", String.valueOf(sofia.id())).isEmpty());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE chat_id = ?", Integer.class, sofia.id()))
                .isZero();

        person.says("/perfil");
        person.awaitLastContaining("primero necesito registrarte");
    }

    @Test
    void preferencesAreHonouredByTheSender() {
        SimulatedUser hugo = newUser("Hugo");
        RegistrationDriver person = new RegistrationDriver(telegram, hugo);
        person.registersAsDirector("Hugo Araya");

        person.says("/preferencias");
        assertThat(person.awaitLastContaining("Tus preferencias").text()).contains("recibes todo");
        person.taps("Solo lo esencial");
        person.awaitLatest(message -> message.text().contains("solo lo esencial"));
        outbox.enqueue(new OutgoingMessage.Text(hugo.id(), "Aviso general de la coordinación"), Priority.BULK, "test:b1:" + hugo.id());
        outbox.enqueue(new OutgoingMessage.Text(hugo.id(), "Recordatorio del encuentro"), Priority.REMINDER, "test:r1:" + hugo.id());
        eventually().until(() -> telegram.lastBotMessage(hugo.id()).map(ChatMessage::text).orElse(""),
                text -> text.equals("Recordatorio del encuentro"));

        person.taps("Pausar todos los mensajes");
        person.awaitAny(message -> message.text().contains("en pausa"));
        outbox.enqueue(new OutgoingMessage.Text(hugo.id(), "Otro recordatorio"), Priority.REMINDER, "test:r2:" + hugo.id());
        person.says("/ayuda");
        person.awaitLastContaining("Esto es lo que puedes hacer");

        eventually().untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT status FROM outbox_message WHERE dedup_key IN (?, ?, ?) ORDER BY id",
                String.class, "test:b1:" + hugo.id(), "test:r1:" + hugo.id(), "test:r2:" + hugo.id()))
                .containsExactly("DROPPED", "SENT", "DROPPED"));
        assertThat(telegram.botMessages(hugo.id())).extracting(ChatMessage::text)
                .doesNotContain("Aviso general de la coordinación", "Otro recordatorio");

        person.says("/preferencias");
        person.taps("Recibir todo");
        person.awaitAny(message -> message.text().contains("Ahora: recibes todo") && message.edited());
        outbox.enqueue(new OutgoingMessage.Text(hugo.id(), "Aviso que sí llega"), Priority.BULK, "test:b2:" + hugo.id());
        eventually().until(() -> telegram.lastBotMessage(hugo.id()).map(ChatMessage::text).orElse(""),
                text -> text.equals("Aviso que sí llega"));
    }

    /** Every table and column whose text holds one of the values. */
    private List<String> tablesContaining(String... values) {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class);
        return tables.stream().filter(table -> {
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM \"" + table + "\"");
            return rows.stream().flatMap(row -> row.values().stream()).filter(value -> value != null)
                    .map(value -> value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString())
                    .anyMatch(text -> java.util.Arrays.stream(values).anyMatch(text::contains));
        }).toList();
    }
}
