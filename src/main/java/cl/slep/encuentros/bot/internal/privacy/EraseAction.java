package cl.slep.encuentros.bot.internal.privacy;

import cl.slep.encuentros.bot.internal.CallbackAction;
import cl.slep.encuentros.bot.internal.ConversationStore;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.participants.Participants;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The confirmation of /borrar_mis_datos. The replies to this tap are ephemeral: their outbox rows go once sent,
 * so nothing keeps the person's chat id afterwards.
 */
@Component
class EraseAction implements CallbackAction {

    static final String ACTION = "del";

    private final Participants participants;
    private final ConversationStore conversations;
    private final Replies replies;
    private final Texts texts;

    EraseAction(Participants participants, ConversationStore conversations, Replies replies, Texts texts) {
        this.participants = participants;
        this.conversations = conversations;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public String handle(Incoming in, int messageId, List<String> arguments) {
        String answer = arguments.isEmpty() ? "" : arguments.get(0);
        if ("no".equals(answer)) {
            replies.edit(in, messageId, texts.get("erase.kept"), null);
            return null;
        }
        if (!"yes".equals(answer)) {
            return texts.get("callback.stale");
        }
        in.makeRepliesEphemeral();
        conversations.clear(in.chatId());
        if (!participants.erase(in.userId())) {
            replies.edit(in, messageId, texts.get("erase.nothing"), null);
            return null;
        }
        replies.edit(in, messageId, texts.get("erase.done"), null);
        return null;
    }
}
