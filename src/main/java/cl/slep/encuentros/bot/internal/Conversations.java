package cl.slep.encuentros.bot.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the conversation a person is in, if any. */
@Component
class Conversations {

    private final ConversationStore store;
    private final Map<String, Conversation> byFlow = new HashMap<>();

    Conversations(ConversationStore store, List<Conversation> conversations) {
        this.store = store;
        for (Conversation conversation : conversations) {
            conversation.flows().forEach(flow -> byFlow.put(flow, conversation));
        }
    }

    record Active(Conversation conversation, ConversationState state) {
    }

    Optional<Active> active(long chatId) {
        return store.find(chatId).flatMap(state -> {
            Conversation conversation = byFlow.get(state.flow());
            if (conversation == null) {
                // A flow that no longer exists (after an upgrade): forget it rather than trap the person.
                store.clear(chatId);
                return Optional.empty();
            }
            return Optional.of(new Active(conversation, state));
        });
    }
}
