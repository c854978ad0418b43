package cl.slep.encuentros.bot.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a person is in a conversation: the flow, its current step and what they answered so far. Stored after
 * every step, so a restart resumes at the same step.
 */
public record ConversationState(String flow, String step, Map<String, String> data) {

    public ConversationState {
        data = new LinkedHashMap<>(data);
    }

    public static ConversationState start(String flow, String step) {
        return new ConversationState(flow, step, Map.of());
    }

    public ConversationState at(String nextStep) {
        return new ConversationState(flow, nextStep, data);
    }

    public ConversationState with(String key, String value) {
        Map<String, String> next = new LinkedHashMap<>(data);
        if (value == null) {
            next.remove(key);
        } else {
            next.put(key, value);
        }
        return new ConversationState(flow, step, next);
    }

    public String get(String key) {
        return data.get(key);
    }

    @Override
    public Map<String, String> data() {
        return Map.copyOf(data);
    }
}
