package cl.slep.encuentros.bot.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

/** Sends a button tap to its action and always answers the callback query. */
@Component
class CallbackRouter {

    private final Map<String, CallbackAction> actions;
    private final Replies replies;
    private final Texts texts;

    CallbackRouter(List<CallbackAction> actions, Replies replies, Texts texts) {
        this.actions = actions.stream().collect(Collectors.toMap(CallbackAction::action, Function.identity()));
        this.replies = replies;
        this.texts = texts;
    }

    void route(Incoming in) {
        CallbackQuery query = in.callbackQuery();
        String data = query.getData() == null ? "" : query.getData();
        List<String> parts = Arrays.asList(data.split(":", -1));
        CallbackAction action = parts.size() >= 2 && CallbackAction.VERSION.equals(parts.get(0))
                ? actions.get(parts.get(1)) : null;
        if (action == null || query.getMessage() == null) {
            replies.answerCallback(in, texts.get("callback.stale"));
            return;
        }
        String notice = action.handle(in, query.getMessage().getMessageId(), parts.subList(2, parts.size()));
        replies.answerCallback(in, notice);
    }
}
