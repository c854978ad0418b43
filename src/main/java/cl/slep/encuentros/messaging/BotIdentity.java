package cl.slep.encuentros.messaging;

import cl.slep.encuentros.messaging.internal.TelegramClientFactory;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Who this bot is on Telegram (getMe): its username, for links such as {@code https://t.me/<username>?start=…}
 * and to tell commands addressed to it ({@code /ayuda@username}) from those addressed to other bots. Unknown until
 * Telegram first answered; the intake asks at start and keeps trying, so nothing waits for it.
 */
@Service
public class BotIdentity {

    private final TelegramClientFactory clients;
    private volatile String username;

    BotIdentity(TelegramClientFactory clients) {
        this.clients = clients;
    }

    /** The bot's username, without the {@code @}; empty until getMe has answered. */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /**
     * Asks Telegram who the bot is.
     *
     * @throws TelegramApiException if Telegram cannot be reached or refuses; the caller decides when to try again
     */
    public String load() throws TelegramApiException {
        User me = clients.client().execute(new GetMe());
        if (me == null || me.getUserName() == null || me.getUserName().isBlank()) {
            throw new TelegramApiException("getMe answered without a username");
        }
        username = me.getUserName();
        return username;
    }

    /** Whether a command's {@code @bot} suffix names this bot (Telegram usernames ignore case). */
    public boolean isAddressedToUs(String mentionedBot) {
        String ours = username;
        return ours == null || ours.equalsIgnoreCase(mentionedBot);
    }
}
