package cl.slep.encuentros.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.SimulatedUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class StartCommandEndToEndTests extends BotEndToEndTest {

    private static final String TOKEN = newToken();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        connectTo(registry, TOKEN);
    }

    private final EmulatedBot telegram = bot(TOKEN);

    @Test
    void aNewcomerGetsTheWelcomeAndTheButtonReplacesItWithHowItWorks() {
        SimulatedUser ana = newUser("Ana");

        long start = telegram.userSends(ana, "/start");

        List<ChatMessage> first = eventually().until(() -> telegram.botMessages(ana.id()), messages -> messages.size() == 2);
        ChatMessage welcome = first.get(0);
        assertThat(first.get(1).text()).contains("Aviso de privacidad");
        assertThat(welcome.text()).contains("¡Hola, Ana!").contains("Encuentros de Redes de Mejoramiento Escolar");
        assertThat(welcome.keyboard()).hasSize(1);
        assertThat(welcome.keyboard().get(0).get(0).text()).isEqualTo("¿Cómo funciona?");

        long tap = telegram.userPresses(ana, welcome.messageId(), welcome.keyboard().get(0).get(0).callbackData());

        eventually().until(() -> telegram.botMessages(ana.id()).get(0).text().contains("Así funciona"));
        ChatMessage edited = telegram.botMessages(ana.id()).get(0);
        assertThat(edited.messageId()).isEqualTo(welcome.messageId());
        assertThat(edited.keyboard()).isEmpty();
        assertThat(telegram.botMessages(ana.id())).hasSize(2);
        eventually().until(() -> telegram.calls("answerCallbackQuery").size() == 1);

        // Ana never accepted the privacy notice: nothing of hers is kept once handled and sent.
        eventually().until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM inbox_update WHERE update_id IN (?, ?) "
                + "AND status = 'DONE' AND payload = '{}' AND chat_id IS NULL", Integer.class, start, tap) == 2);
        eventually().until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE chat_id = ?",
                Integer.class, ana.id()) == 0);
        assertThat(callsTo("sendMessage", ana.id())).isEqualTo(2);
        assertThat(callsTo("editMessageText", ana.id())).isEqualTo(1);
    }

    @Test
    void theCommandMenuIsPublishedAtStartUp() {
        eventually().until(() -> telegram.commands(), commands -> !commands.isEmpty());
        // The default menu is the one of people the bot has not met: registered people get their own.
        assertThat(telegram.commands()).containsExactly("start", "ayuda");
    }

    @Test
    void helpListsTheCommandsInSpanish() {
        SimulatedUser pedro = newUser("Pedro");

        telegram.userSends(pedro, "/ayuda");

        String help = eventually().until(() -> telegram.botMessages(pedro.id()), m -> !m.isEmpty()).get(0).text();
        assertThat(help).contains("/start").contains("/ayuda").contains("/cancelar").contains("Cancelar lo que estás haciendo");
    }

    @Test
    void otherInputGetsAShortClearAnswer() {
        SimulatedUser rosa = newUser("Rosa");

        telegram.userSendsSticker(rosa);
        telegram.userSends(rosa, "hola, ¿a qué hora es el encuentro?");
        telegram.userSends(rosa, "/inexistente");
        telegram.userSendsPhoto(rosa);

        List<ChatMessage> answers = eventually().until(() -> telegram.botMessages(rosa.id()), m -> m.size() == 4);
        assertThat(answers.get(0).text()).contains("solo entiendo texto y botones");
        assertThat(answers.get(1).text()).contains("Para registrarte").contains("/start");
        assertThat(answers.get(2).text()).contains("No conozco el comando /inexistente");
        assertThat(answers.get(3).text()).contains("solo entiendo texto y botones");
    }

    @Test
    void anEditedMessageGetsTheShortAnswerToo() {
        SimulatedUser luis = newUser("Luis");
        telegram.userSends(luis, "hola");
        eventually().until(() -> telegram.botMessages(luis.id()).size() == 1);
        int userMessage = telegram.chat(luis.id()).stream().filter(m -> !m.fromBot()).findFirst().orElseThrow().messageId();

        telegram.userEditsMessage(luis, userMessage, "hola de nuevo");

        eventually().until(() -> telegram.botMessages(luis.id()).size() == 2);
        assertThat(telegram.botMessages(luis.id()).get(1).text()).contains("solo entiendo texto y botones");
    }

    @Test
    void inAGroupTheBotAnswersCommandsOnlyToSendPeopleToAPrivateChat() {
        SimulatedUser carla = newUser("Carla");
        long group = -100_000_000_000L - carla.id();

        telegram.userSendsInGroup(carla, group, "Red UTP Iquique", "buenos días a todos");
        telegram.userSendsInGroup(carla, group, "Red UTP Iquique", "/start");

        List<ChatMessage> inGroup = eventually().until(() -> telegram.botMessages(group), m -> !m.isEmpty());
        assertThat(inGroup).hasSize(1);
        assertThat(inGroup.get(0).text()).contains("escríbeme por privado");
        eventually().until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM inbox_update WHERE chat_id = ? AND status = 'DONE'", Integer.class, group) == 2);
        // Handled is not sent: wait until nothing for the group is left to send, then count what Telegram got.
        eventually().until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE chat_id = ? AND status <> 'SENT'", Integer.class, group) == 0);
        assertThat(callsTo("sendMessage", group)).isEqualTo(1);
        assertThat(telegram.botMessages(group)).hasSize(1);
    }

    private long callsTo(String method, long chatId) {
        return telegram.calls(method).stream().filter(call -> String.valueOf(chatId).equals(call.param("chat_id"))).count();
    }
}
