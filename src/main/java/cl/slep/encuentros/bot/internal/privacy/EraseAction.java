package cl.slep.encuentros.bot.internal.privacy;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.Button;
import cl.slep.encuentros.bot.internal.buttons.ButtonHandler;
import cl.slep.encuentros.bot.internal.buttons.ButtonType;
import cl.slep.encuentros.bot.internal.conversation.ConversationEngine;
import cl.slep.encuentros.participants.Participants;
import org.springframework.stereotype.Component;

/**
 * The confirmation of /borrar_mis_datos. The replies to this tap are ephemeral: their outbox rows go once sent,
 * so nothing keeps the person's chat id afterwards.
 */
@Component
class EraseAction implements ButtonHandler<EraseAction.EraseAnswer> {

    @ButtonType(prefix = "del")
    record EraseAnswer(boolean erase) implements Button {
    }

    private final Participants participants;
    private final ConversationEngine conversations;
    private final Replies replies;
    private final Texts texts;

    EraseAction(Participants participants, ConversationEngine conversations, Replies replies, Texts texts) {
        this.participants = participants;
        this.conversations = conversations;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public Class<EraseAnswer> type() {
        return EraseAnswer.class;
    }

    @Override
    public String handle(Incoming in, int messageId, EraseAnswer answer) {
        if (!answer.erase()) {
            replies.edit(in, messageId, texts.get("erase.kept"), null);
            return null;
        }
        in.makeRepliesEphemeral();
        conversations.forget(in.chatId());
        if (!participants.erase(in.userId())) {
            replies.edit(in, messageId, texts.get("erase.nothing"), null);
            return null;
        }
        replies.edit(in, messageId, texts.get("erase.done"), null);
        return null;
    }
}
