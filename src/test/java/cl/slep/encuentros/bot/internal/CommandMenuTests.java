package cl.slep.encuentros.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.messaging.BotProfile;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.participants.StaffRole;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each person's command menu follows what they may use, and changes when their role does. */
class CommandMenuTests extends HarnessTest {

    private static final List<String> NEWCOMER = List.of("start", "ayuda");
    private static final List<String> PARTICIPANT = List.of("start", "ayuda", "encuentros", "perfil", "preferencias",
            "mis_datos", "borrar_mis_datos", "cancelar");

    @Autowired
    CommandRegistry commands;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Participants participants;

    @Test
    void theDefaultMenuWhichNewcomersSeeHasOnlyTheWayInAndHelp() {
        assertThat(commands.menuFor(StaffRole.PARTICIPANT, false)).extracting(BotProfile.MenuCommand::command)
                .containsExactlyElementsOf(NEWCOMER);
        assertThat(commands.menuFor(StaffRole.PARTICIPANT, false)).allSatisfy(command ->
                assertThat(command.description()).isNotBlank());
    }

    @Test
    void someoneWhoWritesWithoutRegisteringKeepsTheDefaultMenu() {
        BotHarness.Person nadia = newPerson("Nadia");

        nadia.says("hola");
        nadia.says("/start");

        assertThat(menus(nadia.id())).isEmpty();
    }

    @Test
    void aParticipantGetsTheirMenuWhenRegisteredAndLosesItWhenTheyEraseTheirData() {
        BotHarness.Person pablo = registered("Pablo", "Pablo Soto");

        assertThat(menus(pablo.id())).containsExactly(PARTICIPANT);

        participants.erase(pablo.id());

        assertThat(lastMenu(pablo.id())).contains(List.of());
    }

    @Test
    void aCoordinatorSeesTheirCommandsFromTheMomentTheyAreNamedUntilTheRoleIsRemoved() {
        BotHarness.Person carla = registered("Carla", "Carla Mena");
        long network = jdbc.queryForObject("SELECT MIN(id) FROM network", Long.class);

        staff.setCoordinatedNetworks(carla.id(), Set.of(network));

        assertThat(lastMenu(carla.id())).hasValueSatisfying(menu -> assertThat(menu)
                .containsAll(PARTICIPANT).contains("participantes").doesNotContain("coordinadores"));

        staff.setCoordinatedNetworks(carla.id(), Set.of());

        assertThat(lastMenu(carla.id())).contains(PARTICIPANT);
    }

    @Test
    void aCoordinatorNamedByIdWhoNeverRegisteredSeesNoCommandThatNeedsRegistration() {
        long network = jdbc.queryForObject("SELECT MIN(id) FROM network", Long.class);
        long someone = newPerson("Tomás").id();

        staff.setCoordinatedNetworks(someone, Set.of(network));

        assertThat(lastMenu(someone)).hasValueSatisfying(menu -> assertThat(menu)
                .contains("start", "ayuda", "participantes", "mis_datos", "nuevo_encuentro", "asistencia")
                // /encuentros lists the encuentros they manage, so it is theirs too.
                .contains("encuentros")
                .doesNotContain("perfil", "preferencias", "coordinadores"));
    }

    @Test
    void anAdminConfiguredAtStartGetsEveryCommandInTheirMenu() {
        assertThat(lastMenu(ADMIN)).hasValueSatisfying(menu -> assertThat(menu)
                .contains("start", "ayuda", "mis_datos", "participantes", "coordinadores"));
    }

    /** The menus queued for this chat, oldest first, as lists of command names (empty: back to the default). */
    private List<List<String>> menus(long chatId) {
        ObjectMapper json = new ObjectMapper();
        List<List<String>> menus = new ArrayList<>();
        for (String payload : jdbc.queryForList("SELECT payload FROM outbox_message WHERE chat_id = ? "
                + "AND kind = 'COMMAND_MENU' ORDER BY id", String.class, chatId)) {
            List<String> names = new ArrayList<>();
            try {
                for (JsonNode command : json.readTree(payload).path("commands")) {
                    names.add(command.path("command").asText());
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError(e);
            }
            menus.add(names);
        }
        return menus;
    }

    private Optional<List<String>> lastMenu(long chatId) {
        List<List<String>> menus = menus(chatId);
        return menus.isEmpty() ? Optional.empty() : Optional.of(menus.get(menus.size() - 1));
    }
}
