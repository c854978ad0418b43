package cl.slep.encuentros.bot.internal;

import cl.slep.encuentros.bot.internal.buttons.CallbackRouter;
import cl.slep.encuentros.bot.internal.conversation.ConversationEngine;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.participants.Participants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Decides what kind of update this is and who handles it. */
@Component
class UpdateRouter {

    private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);

    private final CommandRegistry commands;
    private final CallbackRouter callbacks;
    private final Replies replies;
    private final Texts texts;
    private final Outbox outbox;
    private final ConversationEngine conversations;
    private final Participants participants;

    UpdateRouter(CommandRegistry commands, CallbackRouter callbacks, Replies replies, Texts texts, Outbox outbox,
            ConversationEngine conversations, Participants participants) {
        this.participants = participants;
        this.conversations = conversations;
        this.commands = commands;
        this.callbacks = callbacks;
        this.replies = replies;
        this.texts = texts;
        this.outbox = outbox;
    }

    void route(Update update) {
        Long person = personOf(update);
        if (person != null) {
            participants.touch(person);
        }
        if (update.hasCallbackQuery()) {
            var query = update.getCallbackQuery();
            long chatId = query.getMessage() != null ? query.getMessage().getChatId() : query.getFrom().getId();
            callbacks.route(new Incoming(update, chatId, query.getFrom().getId(), query.getFrom().getFirstName()));
        } else if (update.hasMessage()) {
            routeMessage(update, update.getMessage());
        } else if (update.hasEditedMessage()) {
            Message edited = update.getEditedMessage();
            if (isPrivate(edited.getChat())) {
                Incoming in = incoming(update, edited);
                replies.text(in, texts.get("input.only_text_and_buttons"));
                conversations.reprompt(in);
            }
        } else if (update.hasMyChatMember()) {
            onMembershipChange(update.getMyChatMember());
        } else {
            log.debug("Update {} of a kind the bot does not handle", update.getUpdateId());
        }
    }

    private void routeMessage(Update update, Message message) {
        Incoming in = incoming(update, message);
        boolean command = message.hasText() && message.getText().startsWith("/");
        if (command && commands.addressedToAnotherBot(message.getText())) {
            return;
        }
        if (!isPrivate(message.getChat())) {
            // In groups the bot stays quiet except to point people to a private chat.
            if (command) {
                replies.text(in, texts.get("group.write_privately"));
            }
            return;
        }
        if (conversations.isActive(in.chatId()) && !(command && commands.leavesConversations(message.getText()))) {
            if (message.hasText() && !command) {
                conversations.onText(in, message.getText());
            } else if (command && commands.usableInConversations(message.getText())) {
                commands.dispatch(in, message.getText());
                conversations.reprompt(in);
            } else {
                replies.text(in, texts.get(command ? "conversation.finish_first" : "input.only_text_and_buttons"));
                conversations.reprompt(in);
            }
        } else if (command) {
            commands.dispatch(in, message.getText());
        } else if (message.hasText()) {
            // Someone new who says "hola" is shown the way in, not told they were not understood.
            replies.text(in, texts.get(participants.isRegistered(in.userId()) ? "input.not_understood"
                    : "input.register_first"));
        } else {
            replies.text(in, texts.get("input.only_text_and_buttons"));
        }
    }

    /** A person who blocks the bot is unreachable; one who restarts it is reachable again. */
    private void onMembershipChange(ChatMemberUpdated change) {
        // A status newer than the library (or a missing member) reads as null: nothing to do then.
        if (!isPrivate(change.getChat()) || change.getNewChatMember() == null) {
            return;
        }
        String status = change.getNewChatMember().getStatus();
        if ("member".equals(status)) {
            outbox.markReachable(change.getChat().getId());
        }
    }

    /** Who acted in a private chat: their activity restarts the retention period. */
    private static Long personOf(Update update) {
        if (update.hasCallbackQuery()) {
            return update.getCallbackQuery().getFrom().getId();
        }
        Message message = update.hasMessage() ? update.getMessage() : update.getEditedMessage();
        if (message != null && isPrivate(message.getChat()) && message.getFrom() != null) {
            return message.getFrom().getId();
        }
        return null;
    }

    private static Incoming incoming(Update update, Message message) {
        var from = message.getFrom();
        return new Incoming(update, message.getChatId(), from == null ? message.getChatId() : from.getId(),
                from == null ? null : from.getFirstName());
    }

    private static boolean isPrivate(Chat chat) {
        return chat != null && "private".equals(chat.getType());
    }
}
