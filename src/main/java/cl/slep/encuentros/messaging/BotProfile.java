package cl.slep.encuentros.messaging;

import cl.slep.encuentros.messaging.internal.TelegramClientFactory;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** The bot's public profile on Telegram: the command menu. */
@Service
public class BotProfile {

    private static final Logger log = LoggerFactory.getLogger(BotProfile.class);

    private final TelegramClientFactory clients;

    BotProfile(TelegramClientFactory clients) {
        this.clients = clients;
    }

    public record MenuCommand(String command, String description) {
    }

    /**
     * Sends the command menu (setMyCommands). Some Bot API servers lack the method: that is logged and the bot
     * goes on without a menu.
     */
    public boolean publishCommands(List<MenuCommand> commands) {
        try {
            clients.client().execute(SetMyCommands.builder()
                    .commands(commands.stream().map(c -> new BotCommand(c.command(), c.description())).toList())
                    .build());
            log.debug("Command menu published ({} commands)", commands.size());
            return true;
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("Could not publish the command menu (setMyCommands): {}", e.getMessage());
            return false;
        }
    }
}
