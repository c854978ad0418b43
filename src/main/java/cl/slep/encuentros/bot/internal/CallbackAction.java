package cl.slep.encuentros.bot.internal;

import java.util.List;

/**
 * What an inline button does. Its callback data is {@code v1:<action>[:arg...]}; the data is never trusted:
 * the action reloads the state and checks that the person may do what the button says.
 */
public interface CallbackAction {

    String VERSION = "v1";

    String action();

    /**
     * Does what the button says; returns a short notice for the person (shown as a toast), or null. The router
     * answers the callback query with it, so the button's spinner always stops.
     */
    String handle(Incoming in, int messageId, List<String> arguments);

    static String data(String action, String... arguments) {
        StringBuilder data = new StringBuilder(VERSION).append(':').append(action);
        for (String argument : arguments) {
            data.append(':').append(argument);
        }
        return data.toString();
    }
}
