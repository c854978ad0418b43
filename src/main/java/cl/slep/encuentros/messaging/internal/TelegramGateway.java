package cl.slep.encuentros.messaging.internal;

import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.messaging.OutgoingMessage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendVenue;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Performs one outbox row as a Bot API call and classifies Telegram's answer. */
@Component
class TelegramGateway {

    private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);

    private final TelegramClientFactory clients;
    private final AtomicBoolean menusUnsupportedLogged = new AtomicBoolean();

    TelegramGateway(TelegramClientFactory clients) {
        this.clients = clients;
    }

    /** Stopping: calls still waiting on Telegram end now, as failures to retry. */
    void cancelInFlight() {
        clients.cancelInFlight();
    }

    Delivery deliver(OutgoingMessage message, byte[] attachment) {
        try {
            return new Delivery.Sent(call(clients.client(), message, attachment));
        } catch (TelegramApiRequestException e) {
            if (message instanceof OutgoingMessage.CommandMenu && Integer.valueOf(404).equals(e.getErrorCode())) {
                // A Bot API server without per-chat menus: everyone keeps the default menu; the bot works on.
                if (menusUnsupportedLogged.compareAndSet(false, true)) {
                    log.warn("The Bot API server does not support per-chat command menus (404); people see the "
                            + "default menu");
                }
                return new Delivery.Sent(null);
            }
            return classify(e);
        } catch (TelegramApiException | RuntimeException e) {
            return new Delivery.Transient(describe(e));
        }
    }

    private static Integer call(TelegramClient client, OutgoingMessage message, byte[] attachment)
            throws TelegramApiException {
        if (message instanceof OutgoingMessage.Text text) {
            return client.execute(SendMessage.builder()
                    .chatId(text.chatId())
                    .text(text.text())
                    .parseMode(ParseMode.HTML)
                    .replyMarkup(markup(text.keyboard()))
                    .build()).getMessageId();
        }
        if (message instanceof OutgoingMessage.EditText edit) {
            var result = client.execute(EditMessageText.builder()
                    .chatId(edit.chatId())
                    .messageId(edit.messageId())
                    .text(edit.text())
                    .parseMode(ParseMode.HTML)
                    .replyMarkup(markup(edit.keyboard()))
                    .build());
            return result instanceof Message sent ? sent.getMessageId() : edit.messageId();
        }
        if (message instanceof OutgoingMessage.EditKeyboard edit) {
            var result = client.execute(EditMessageReplyMarkup.builder()
                    .chatId(edit.chatId())
                    .messageId(edit.messageId())
                    .replyMarkup(markup(edit.keyboard()))
                    .build());
            return result instanceof Message sent ? sent.getMessageId() : edit.messageId();
        }
        if (message instanceof OutgoingMessage.CallbackAnswer answer) {
            client.execute(AnswerCallbackQuery.builder()
                    .callbackQueryId(answer.callbackQueryId())
                    .text(answer.text())
                    .showAlert(answer.alert())
                    .build());
            return null;
        }
        if (message instanceof OutgoingMessage.Delete delete) {
            client.execute(DeleteMessage.builder().chatId(delete.chatId()).messageId(delete.messageId()).build());
            return delete.messageId();
        }
        if (message instanceof OutgoingMessage.CommandMenu menu) {
            BotCommandScopeChat scope = new BotCommandScopeChat(String.valueOf(menu.chatId()));
            if (menu.commands().isEmpty()) {
                client.execute(DeleteMyCommands.builder().scope(scope).build());
            } else {
                client.execute(SetMyCommands.builder()
                        .scope(scope)
                        .commands(menu.commands().stream()
                                .map(c -> new BotCommand(c.command(), c.description())).toList())
                        .build());
            }
            return null;
        }
        if (message instanceof OutgoingMessage.Venue venue) {
            return client.execute(SendVenue.builder()
                    .chatId(venue.chatId())
                    .latitude(venue.latitude())
                    .longitude(venue.longitude())
                    .title(venue.title())
                    .address(venue.address())
                    .build()).getMessageId();
        }
        if (message instanceof OutgoingMessage.Photo photo) {
            return client.execute(SendPhoto.builder()
                    .chatId(photo.chatId())
                    .photo(new InputFile(new ByteArrayInputStream(attachment == null ? new byte[0] : attachment),
                            photo.fileName()))
                    .caption(photo.caption())
                    .parseMode(photo.caption() == null ? null : ParseMode.HTML)
                    .build()).getMessageId();
        }
        OutgoingMessage.Document document = (OutgoingMessage.Document) message;
        return client.execute(SendDocument.builder()
                .chatId(document.chatId())
                .document(new InputFile(new ByteArrayInputStream(attachment == null ? new byte[0] : attachment),
                        document.fileName()))
                .caption(document.caption())
                .parseMode(document.caption() == null ? null : ParseMode.HTML)
                .build()).getMessageId();
    }

    private static InlineKeyboardMarkup markup(InlineKeyboard keyboard) {
        if (keyboard == null) {
            return null;
        }
        List<InlineKeyboardRow> rows = keyboard.rows().stream()
                .map(row -> new InlineKeyboardRow(row.stream().map(TelegramGateway::button).toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardButton button(InlineButton button) {
        return InlineKeyboardButton.builder()
                .text(button.text())
                .callbackData(button.callbackData())
                .url(button.url())
                .build();
    }

    static Delivery classify(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        String description = e.getApiResponse() != null ? e.getApiResponse() : describe(e);
        if (code == null) {
            return new Delivery.Transient(description);
        }
        if (code == 429) {
            Integer retryAfter = e.getParameters() != null ? e.getParameters().getRetryAfter() : null;
            return new Delivery.TooManyRequests(retryAfter == null ? 1 : Math.max(1, retryAfter), description);
        }
        if (code == 403) {
            return new Delivery.Unreachable(description);
        }
        if (code >= 500) {
            return new Delivery.Transient(description);
        }
        if (code == 400 && description != null && description.contains("message is not modified")) {
            return new Delivery.Sent(null);
        }
        return new Delivery.Rejected(code, description);
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
