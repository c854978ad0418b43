package cl.slep.encuentros.bot.internal.commands;

import cl.slep.encuentros.bot.internal.BotCommand;
import cl.slep.encuentros.bot.internal.CommandSpec;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.conversation.ConversationEngine;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** /cancelar: leaves the conversation in progress, at any step, keeping nothing of it. */
@Component
@Order(90)
class CancelCommand implements BotCommand {

    private final ConversationEngine conversations;
    private final Replies replies;
    private final Texts texts;

    CancelCommand(ConversationEngine conversations, Replies replies, Texts texts) {
        this.conversations = conversations;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.forEveryone("cancelar", "command.cancelar.description").leavingConversations();
    }

    @Override
    public void handle(Incoming in, String argument) {
        if (conversations.cancel(in.chatId())) {
            replies.text(in, texts.get("cancel.done"));
        } else {
            replies.text(in, texts.get("cancel.nothing"));
        }
    }
}
