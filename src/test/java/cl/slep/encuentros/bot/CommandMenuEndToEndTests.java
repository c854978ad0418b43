package cl.slep.encuentros.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.SimulatedUser;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bot's identity and menus as Telegram sees them: getMe, setMyCommands per chat, commands to other bots. */
class CommandMenuEndToEndTests extends BotEndToEndTest {

    private static final String TOKEN = newToken();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        connectTo(registry, TOKEN);
    }

    private final EmulatedBot telegram = bot(TOKEN);

    @Test
    void newcomersSeeStartAndHelpAndARegisteredParticipantSeesTheirCommands() {
        SimulatedUser olga = newUser("Olga");
        eventually().until(() -> telegram.commandMenu(olga.id()).keySet(), menu -> !menu.isEmpty());
        assertThat(telegram.commandMenu(olga.id()).keySet()).containsExactly("start", "ayuda");
        assertThat(telegram.commandMenu(olga.id()).get("start")).isNotBlank();

        new RegistrationDriver(telegram, olga).registersAsDirector("Olga Carrasco Ríos");

        eventually().until(() -> telegram.commandMenu(olga.id()).keySet(), menu -> menu.contains("perfil"));
        assertThat(telegram.commandMenu(olga.id()).keySet()).containsExactly("start", "ayuda", "encuentros",
                "perfil", "preferencias", "mis_datos", "borrar_mis_datos", "cancelar");
        assertThat(telegram.calls("setMyCommands")).anySatisfy(call ->
                assertThat(call.param("scope")).contains("\"chat\"").contains(String.valueOf(olga.id())));
    }

    @Test
    void aCommandForAnotherBotGetsNoAnswerAndOneForThisBotWorksInAnyCase() {
        SimulatedUser raul = newUser("Raúl");
        eventually().until(telegram::isPolling);

        telegram.userSends(raul, "/ayuda@OtroBot");
        telegram.userSends(raul, "/cancelar@otro_bot");
        telegram.userSends(raul, "/ayuda@" + telegram.username().toUpperCase(Locale.ROOT));

        List<ChatMessage> answers = eventually().until(() -> telegram.botMessages(raul.id()), m -> !m.isEmpty());
        eventually().until(() -> telegram.pendingUpdates() == 0);
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).text()).contains("/start");
        assertThat(telegram.botMessages(raul.id())).hasSize(1);
    }
}
