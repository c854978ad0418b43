package cl.slep.encuentros.bot;

import cl.slep.encuentros.simulator.ChatMessage;
import cl.slep.encuentros.simulator.EmulatedBot;
import cl.slep.encuentros.simulator.SimulatedUser;
import java.util.List;
import java.util.function.Predicate;

/** Acts as a person in the emulator: waits for the bot's messages and taps their buttons by label. */
final class RegistrationDriver {

    private final EmulatedBot telegram;
    private final SimulatedUser user;
    private int messagesBeforeLastAction;

    RegistrationDriver(EmulatedBot telegram, SimulatedUser user) {
        this.telegram = telegram;
        this.user = user;
    }

    void says(String text) {
        messagesBeforeLastAction = botMessageCount();
        telegram.userSends(user, text);
    }

    /** Waits for a new bot message, sent after the person's last action, that satisfies the condition. */
    ChatMessage awaitLast(Predicate<ChatMessage> condition) {
        return BotEndToEndTest.eventually().until(() -> {
            List<ChatMessage> messages = telegram.botMessages(user.id());
            ChatMessage last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
            return messages.size() > messagesBeforeLastAction && last != null && condition.test(last) ? last : null;
        }, message -> message != null);
    }

    /** Waits until the latest bot message, new or edited in place, satisfies the condition. */
    ChatMessage awaitLatest(Predicate<ChatMessage> condition) {
        return BotEndToEndTest.eventually().until(() -> telegram.lastBotMessage(user.id()).orElse(null),
                message -> message != null && condition.test(message));
    }

    /** Waits until some bot message of the chat, new or edited, satisfies the condition. */
    ChatMessage awaitAny(Predicate<ChatMessage> condition) {
        return BotEndToEndTest.eventually().until(() -> telegram.botMessages(user.id()).stream()
                .filter(message -> message.text() != null && condition.test(message)).findFirst().orElse(null),
                message -> message != null);
    }

    ChatMessage awaitLastContaining(String fragment) {
        return awaitLast(message -> message.text().contains(fragment));
    }

    /** Taps the button whose label contains the fragment, on the newest bot message that has it. */
    void taps(String labelFragment) {
        ChatMessage message = BotEndToEndTest.eventually().until(() -> withButton(labelFragment), m -> m != null);
        ChatMessage.Button button = message.button(labelFragment).orElseThrow();
        messagesBeforeLastAction = botMessageCount();
        telegram.userPresses(user, message.messageId(), button.callbackData());
    }

    private ChatMessage withButton(String labelFragment) {
        List<ChatMessage> messages = telegram.botMessages(user.id());
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).button(labelFragment).isPresent()) {
                return messages.get(i);
            }
        }
        return null;
    }

    void sendsSticker() {
        messagesBeforeLastAction = botMessageCount();
        telegram.userSendsSticker(user);
    }

    void pressesOldButton(int messageId, String callbackData) {
        messagesBeforeLastAction = botMessageCount();
        telegram.userPresses(user, messageId, callbackData);
    }

    int botMessageCount() {
        return telegram.botMessages(user.id()).size();
    }

    /** Registers the person as a director of Colegio Simón Bolívar in the Red de Directores. */
    void registersAsDirector(String fullName) {
        says("/start");
        taps("Acepto");
        awaitLastContaining("nombre completo");
        says(fullName);
        awaitLastContaining("establecimiento");
        says("simon bolivar");
        taps("Colegio Simón Bolívar");
        awaitLastContaining("cargo");
        taps("Director/a");
        awaitLastContaining("redes");
        taps("Listo");
        awaitLastContaining("Revisa tus datos");
        taps("Confirmar");
        awaitLastContaining("Tu registro quedó listo");
    }
}
