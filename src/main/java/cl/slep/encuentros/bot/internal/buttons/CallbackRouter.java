package cl.slep.encuentros.bot.internal.buttons;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.StaffRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

/**
 * Sends a button tap to its handler and always answers the callback query. Before any handler runs it refuses
 * data that does not decode (forged, malformed, oversized, of an older layout), a tap on a message of another
 * chat, and a person whose role or registration the button's type does not allow.
 */
@Component
public class CallbackRouter {

    private final Map<Class<?>, ButtonHandler<?>> handlers = new HashMap<>();
    private final StepButtonHandler steps;
    private final ButtonCodec codec;
    private final Participants participants;
    private final Replies replies;
    private final Texts texts;

    CallbackRouter(List<ButtonHandler<?>> handlers, StepButtonHandler steps, Participants participants,
            Replies replies, Texts texts) {
        List<Class<? extends Button>> types = new ArrayList<>(StepButtons.TYPES);
        for (ButtonHandler<?> handler : handlers) {
            for (Class<? extends Button> type : concreteTypes(handler.type())) {
                if (this.handlers.putIfAbsent(type, handler) != null) {
                    throw new IllegalStateException("Two handlers for " + type.getName());
                }
                types.add(type);
            }
        }
        this.codec = new ButtonCodec(types);
        this.steps = steps;
        this.participants = participants;
        this.replies = replies;
        this.texts = texts;
    }

    /** A handler of a sealed interface handles each of its records. */
    @SuppressWarnings("unchecked")
    static List<Class<? extends Button>> concreteTypes(Class<? extends Button> type) {
        if (!type.isSealed()) {
            return List.of(type);
        }
        List<Class<? extends Button>> types = new ArrayList<>();
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            types.addAll(concreteTypes((Class<? extends Button>) permitted));
        }
        return types;
    }

    public void route(Incoming in) {
        CallbackQuery query = in.callbackQuery();
        Optional<Button> button = codec.decode(query.getData());
        if (button.isEmpty() || query.getMessage() == null || query.getMessage().getChatId() != in.userId()) {
            replies.answerCallback(in, texts.get("callback.stale"));
            return;
        }
        Optional<String> refusal = refusal(in, button.get());
        if (refusal.isPresent()) {
            replies.answerCallback(in, refusal.get());
            return;
        }
        int messageId = query.getMessage().getMessageId();
        String notice = button.get() instanceof StepButton step ? steps.onTap(in, messageId, step)
                : dispatch(in, messageId, button.get());
        replies.answerCallback(in, notice);
    }

    private Optional<String> refusal(Incoming in, Button button) {
        ButtonType declared = button.getClass().getAnnotation(ButtonType.class);
        if (declared.role() != StaffRole.PARTICIPANT && !participants.roleOf(in.userId()).atLeast(declared.role())) {
            return Optional.of(texts.get("callback.refused." + declared.role().name().toLowerCase(Locale.ROOT)));
        }
        if (declared.registeredOnly() && !participants.isRegistered(in.userId())) {
            return Optional.of(texts.get("callback.register_first"));
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private <B extends Button> String dispatch(Incoming in, int messageId, B button) {
        ButtonHandler<B> handler = (ButtonHandler<B>) handlers.get(button.getClass());
        return handler == null ? texts.get("callback.stale") : handler.handle(in, messageId, button);
    }

    /** Implemented by the conversation engine: every {@link StepButton} goes to the person's current step. */
    public interface StepButtonHandler {

        String onTap(Incoming in, int messageId, StepButton button);
    }
}
