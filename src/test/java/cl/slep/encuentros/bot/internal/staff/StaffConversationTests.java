package cl.slep.encuentros.bot.internal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.bot.internal.BotHarness;
import cl.slep.encuentros.bot.internal.CommandRegistry;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.HarnessTest;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.participants.StaffRole;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Naming coordinators and the staff commands, each case in-process. */
class StaffConversationTests extends HarnessTest {

    private static final int COORDINATORS_PER_PAGE = 6;

    @Autowired
    CommandRegistry commands;

    @Autowired
    StaffDirectory staff;

    @AfterEach
    void leaveNoFlowBehind() {
        admin().says("/cancelar");
    }

    @Test
    void aHiddenForwardAndBadIdsAreExplainedAndAskedAgainAndCancelLeavesTheFlow() {
        BotHarness.Person alicia = admin();
        long felipe = 777_200_001L;
        alicia.says("/coordinadores");
        alicia.taps("Agregar coordinador/a");
        String question = "Reenvíame un mensaje de la persona";
        assertThat(alicia.lastText()).contains(question);

        alicia.forwards("Hola", "{\"type\":\"hidden_user\",\"date\":1760000000,\"sender_user_name\":\"Persona Reservada\"}");
        assertThat(previousText(alicia)).contains("oculta su cuenta").contains("Pídele su número de usuario");
        assertThat(alicia.lastText()).contains(question);
        alicia.says("12 abc");
        assertThat(previousText(alicia)).contains("«12 abc» no es un número de usuario de Telegram");
        alicia.says("-1001234567890");
        assertThat(previousText(alicia)).contains("grupo o canal");
        alicia.says("3000777");
        assertThat(previousText(alicia)).contains("es un bot");
        assertThat(alicia.conversationStep()).contains("who");

        alicia.says(" " + felipe + " ");
        assertThat(alicia.lastText()).contains("¿Qué redes coordinará");
        alicia.taps("Red Enlaces");
        assertThat(alicia.last().labels()).contains("✅ Red Enlaces");
        alicia.says("/cancelar");

        assertThat(alicia.lastText()).contains("cancelé lo que estabas haciendo");
        assertThat(alicia.conversationStep()).isEmpty();
        assertThat(staff.coordinatedNetworks(felipe)).isEmpty();
    }

    @Test
    void anAdminNamesACoordinatorByIdChangesTheirNetworksAndRemovesThem() {
        BotHarness.Person alicia = admin();
        BotHarness.Person gabriel = registered("Gabriel", "Gabriel Rojas");

        alicia.says("/coordinadores");
        alicia.taps("Agregar coordinador/a");
        alicia.says(String.valueOf(gabriel.id()));
        alicia.taps("Red UTP");
        alicia.taps("Listo");
        assertThat(alicia.lastText()).contains("Gabriel Rojas").contains("Red UTP");
        alicia.taps("Confirmar");
        assertThat(alicia.lastText()).contains("ahora coordina");
        assertThat(gabriel.lastText()).contains("Desde ahora eres coordinador/a").contains("Red UTP");
        gabriel.says("/mis_datos");
        assertThat(gabriel.messages()).extracting(BotHarness.BotMessage::text)
                .anySatisfy(text -> assertThat(text).contains("Tus datos guardados").contains("Redes que coordinas: Red UTP"));
        String json = new String(jdbc.queryForObject("SELECT attachment FROM outbox_message WHERE chat_id = ? "
                + "AND kind = 'DOCUMENT' ORDER BY id DESC LIMIT 1", byte[].class, gabriel.id()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"rol_en_el_bot\" : \"coordinación de redes\"").contains("\"coordina_redes\" : [ \"Red UTP\" ]")
                .containsPattern("\"registrado_el\" : \"2026-05-04T09:00(:00)?-04:00\"");

        alicia.says("/coordinadores");
        alicia.taps("Cambiar redes de Gabriel");
        assertThat(alicia.last().labels()).contains("✅ Red UTP");
        alicia.taps("Red PIE");
        alicia.taps("Listo");
        alicia.taps("Confirmar");
        assertThat(staff.coordinatedNetworks(gabriel.id())).hasSize(2);

        alicia.says("/coordinadores");
        alicia.taps("Quitar Gabriel");
        alicia.taps("Sí, quitar");
        assertThat(alicia.lastText()).contains("ya no es coordinador/a");
        assertThat(staff.coordinatedNetworks(gabriel.id())).isEmpty();
    }

    @Test
    void anAdminFindsARegisteredPersonByNameAndNamesThem() {
        BotHarness.Person alicia = admin();
        BotHarness.Person jimena = registered("Jimena", "Jimena Álvarez Tapia");
        alicia.says("/coordinadores");
        alicia.taps("Agregar coordinador/a");

        alicia.says("nadie existente");
        assertThat(previousText(alicia)).contains("No encontré a nadie registrado que se llame «nadie existente»");
        alicia.says("tapia alvarez");
        assertThat(alicia.lastText()).contains("Estas personas registradas coinciden con «tapia alvarez»");
        alicia.taps("Jimena Álvarez Tapia");

        assertThat(alicia.lastText()).contains("¿Qué redes coordinará").contains("Jimena Álvarez Tapia");
        alicia.taps("Red EPJA");
        alicia.taps("Listo");
        alicia.taps("Confirmar");
        assertThat(staff.coordinatedNetworks(jimena.id())).hasSize(1);
        staff.setCoordinatedNetworks(jimena.id(), Set.of());
    }

    @Test
    void aPersonWhoErasesTheirDataWhileBeingNamedIsNotNamedAndTheAdminIsTold() {
        BotHarness.Person alicia = admin();
        BotHarness.Person hilda = registered("Hilda", "Hilda Fuentes");
        alicia.says("/coordinadores");
        alicia.taps("Agregar coordinador/a");
        alicia.says(String.valueOf(hilda.id()));
        alicia.taps("Red UTP");
        alicia.taps("Listo");

        hilda.says("/borrar_mis_datos");
        hilda.taps("Sí, borrar mis datos");
        int hildasMessages = hilda.messageCount();
        alicia.taps("Confirmar");

        assertThat(alicia.lastText()).contains("No guardé el cambio").contains("borró sus datos");
        assertThat(staff.coordinatedNetworks(hilda.id())).isEmpty();
        assertThat(hilda.messageCount()).isEqualTo(hildasMessages);
    }

    @Test
    void aCoordinatorNamedByIdWhoNeverRegisteredSeesAndErasesWhatIsStoredAboutThem() {
        BotHarness.Person alicia = admin();
        BotHarness.Person ivan = newPerson("Iván");
        alicia.says("/coordinadores");
        alicia.taps("Agregar coordinador/a");
        alicia.says(String.valueOf(ivan.id()));
        alicia.taps("Red CRA");
        alicia.taps("Listo");
        alicia.taps("Confirmar");
        assertThat(staff.coordinatedNetworks(ivan.id())).hasSize(1);

        ivan.says("/mis_datos");
        assertThat(ivan.messages()).extracting(BotHarness.BotMessage::text)
                .anySatisfy(text -> assertThat(text).contains("Tus datos guardados").contains("Red CRA")
                        .contains(String.valueOf(ivan.id())));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE chat_id = ? AND kind = 'DOCUMENT'",
                Integer.class, ivan.id())).isEqualTo(1);

        ivan.says("/borrar_mis_datos");
        ivan.taps("Sí, borrar mis datos");

        assertThat(staff.coordinatedNetworks(ivan.id())).isEmpty();
        ivan.says("/mis_datos");
        assertThat(ivan.lastText()).isEqualTo("No tengo datos tuyos guardados.");
    }

    @Test
    void everyStaffCommandIsRefusedPolitelyToAParticipantAndNothingElseHappens() {
        BotHarness.Person eva = registered("Eva", "Eva Lagos");
        List<CommandSpec> everyone = commands.availableTo(StaffRole.PARTICIPANT);
        List<CommandSpec> staffOnly = commands.availableTo(StaffRole.ADMIN).stream()
                .filter(spec -> !everyone.contains(spec)).toList();
        assertThat(staffOnly).extracting(CommandSpec::name).contains("coordinadores", "participantes");
        long lastOutboxId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM outbox_message", Long.class);
        int coordinatorRows = jdbc.queryForObject("SELECT COUNT(*) FROM coordinator_network", Integer.class);
        int firstNew = eva.messageCount();

        for (CommandSpec spec : staffOnly) {
            eva.says("/" + spec.name());
        }
        eva.says("/ayuda");

        List<BotHarness.BotMessage> replies = eva.messages().subList(firstNew, eva.messageCount());
        assertThat(replies).hasSize(staffOnly.size() + 1);
        for (int i = 0; i < staffOnly.size(); i++) {
            String name = staffOnly.get(i).name();
            assertThat(replies.get(i).text()).isEqualTo(StaffRole.ADMIN == staffOnly.get(i).requiredRole()
                    ? "Lo siento, /" + name + " es solo para quienes administran el bot."
                    : "Lo siento, /" + name + " es solo para coordinadores y coordinadoras de red.");
            assertThat(replies.get(i).keyboard()).isEmpty();
        }
        assertThat(eva.lastText()).contains("Esto es lo que puedes hacer").doesNotContain("/coordinadores")
                .doesNotContain("/participantes");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE id > ? AND chat_id <> ?",
                Integer.class, lastOutboxId, eva.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coordinator_network", Integer.class)).isEqualTo(coordinatorRows);
        assertThat(eva.conversationStep()).isEmpty();
    }

    @Test
    void aLongListOfCoordinatorsIsShownAPageAtATime() {
        List<Long> many = LongStream.rangeClosed(1, COORDINATORS_PER_PAGE + 2).map(i -> 777_300_000L + i).boxed().toList();
        long network = jdbc.queryForObject("SELECT id FROM network WHERE code = 'TP'", Long.class);
        many.forEach(id -> staff.setCoordinatedNetworks(id, Set.of(network)));
        try {
            BotHarness.Person alicia = admin();
            alicia.says("/coordinadores");
            BotHarness.BotMessage first = alicia.last();
            assertThat(first.text()).contains("Telegram " + many.get(0)).doesNotContain("Telegram " + many.get(many.size() - 1))
                    .containsPattern("Página 1 de \\d");
            assertThat(first.labels()).hasSizeLessThanOrEqualTo(2 * COORDINATORS_PER_PAGE + 3);
            first.keyboard().stream().flatMap(List::stream).forEach(button -> assertThat(
                    button.path("callbackData").asText().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
            alicia.taps("Siguientes");
            BotHarness.BotMessage same = alicia.messages().stream().filter(message -> message.id() == first.id())
                    .findFirst().orElseThrow();
            assertThat(same.text()).contains("Telegram " + many.get(many.size() - 1));
            assertThat(same.labels()).contains("◀ Anteriores", "🗑 Quitar Telegram " + many.get(many.size() - 1));
        } finally {
            many.forEach(id -> staff.setCoordinatedNetworks(id, Set.of()));
        }
    }

    @Test
    void helpListsTheStaffCommandsToAnAdmin() {
        BotHarness.Person alicia = admin();

        alicia.says("/ayuda");

        assertThat(alicia.lastText()).contains("/coordinadores — Nombrar, cambiar o quitar coordinadores/as de red")
                .contains("/participantes — Ver quiénes están registrados en tus redes");
    }

    private static String previousText(BotHarness.Person person) {
        List<BotHarness.BotMessage> messages = person.messages();
        return messages.get(messages.size() - 2).text();
    }
}
