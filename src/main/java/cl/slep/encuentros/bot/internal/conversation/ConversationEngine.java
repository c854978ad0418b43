package cl.slep.encuentros.bot.internal.conversation;

import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.CallbackRouter;
import cl.slep.encuentros.bot.internal.buttons.StepButton;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.StaffRole;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs every conversation: routes typed text and button taps to the person's current step, carries out the step's
 * transition, saves the state after each, and applies the rules every flow shares — one flow at a time, the
 * flow's role, stale and repeated taps, /cancelar and the timeout.
 */
@Component
public class ConversationEngine implements CallbackRouter.StepButtonHandler {

    private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);

    private final Map<String, Flow<?>> flows = new HashMap<>();
    private final ConversationStore store;
    private final Replies replies;
    private final Texts texts;
    private final Participants participants;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    ConversationEngine(List<Flow<?>> flows, ConversationStore store, Replies replies, Texts texts,
            Participants participants, Clock clock) {
        for (Flow<?> flow : flows) {
            if (this.flows.putIfAbsent(flow.name(), flow) != null) {
                throw new IllegalStateException("Two flows named " + flow.name());
            }
            List<String> names = flow.steps().stream().map(Step::name).toList();
            if (names.stream().distinct().count() != names.size()) {
                throw new IllegalStateException("Flow " + flow.name() + " declares a step twice: " + names);
            }
        }
        this.store = store;
        this.replies = replies;
        this.texts = texts;
        this.participants = participants;
        this.clock = clock;
    }

    /** Whether the person is in the middle of a conversation that has not expired. */
    public boolean isActive(long chatId) {
        return current(chatId).isPresent();
    }

    /**
     * Starts a flow at {@code firstStep} and asks its question. Refused, with the shared "finish first" text
     * returned, when another conversation is running: its question is asked again below that text's caller's
     * answer, so the person sees where they are.
     */
    public <S> Optional<String> start(Incoming in, Flow<S> flow, S state, String firstStep) {
        if (current(in.chatId()).isPresent()) {
            reprompt(in);
            return Optional.of(texts.get("conversation.finish_first"));
        }
        int turn = ThreadLocalRandom.current().nextInt(1, 1_000_000_000);
        save(in.chatId(), flow, firstStep, turn, state, 0);
        ask(in, step(flow, firstStep), state, turn);
        return Optional.empty();
    }

    /** Text typed in the middle of a conversation. */
    public void onText(Incoming in, String text) {
        current(in.chatId()).ifPresent(active ->
                onText(in, active, new TextInput(text, in.forwardOrigin(), active.stored().turn())));
    }

    /** Asks the current question again (after input that is not an answer). */
    public void reprompt(Incoming in) {
        current(in.chatId()).ifPresent(active -> askAgain(in, active));
    }

    /** /cancelar: leaves the conversation, keeping nothing of it; false if there was none. */
    public boolean cancel(long chatId) {
        return current(chatId).isPresent() && store.clear(chatId);
    }

    /** Forgets the person's conversation (their data is being erased). */
    public void forget(long chatId) {
        store.clear(chatId);
    }

    @Override
    public String onTap(Incoming in, int messageId, StepButton button) {
        Optional<Active<?>> current = current(in.chatId());
        if (current.isEmpty()) {
            return texts.get("callback.stale");
        }
        return onTap(in, messageId, current.get(), button);
    }

    // --- the rules ---------------------------------------------------------------------------------------

    private <S> void onText(Incoming in, Active<S> active, TextInput input) {
        if (!allowed(in, active)) {
            return;
        }
        Transition<S> transition = active.step().onText(active.state(), input);
        apply(in, active, transition, null);
    }

    private <S> String onTap(Incoming in, int messageId, Active<S> active, StepButton button) {
        if (!allowed(in, active)) {
            return null;
        }
        int turn = active.stored().turn();
        if (button.turn() == turn - 1) {
            // A second tap on the question just answered (or a burst of them): the answer is already in.
            return texts.get("conversation.already_answered");
        }
        if (button.turn() != turn) {
            if (active.stored().repromptedTurn() != turn) {
                askAgain(in, active);
                store.save(withReprompted(active.stored(), turn), clock.instant());
            }
            return texts.get("conversation.stale_button");
        }
        return apply(in, active, active.step().onTap(active.state(), button), messageId);
    }

    /** A flow for staff ends as soon as the person no longer holds the role (it was taken away meanwhile). */
    private boolean allowed(Incoming in, Active<?> active) {
        StaffRole required = active.flow().role();
        if (required == StaffRole.PARTICIPANT || participants.roleOf(in.userId()).atLeast(required)) {
            return true;
        }
        store.clear(in.chatId());
        replies.text(in, texts.get("callback.refused." + required.name().toLowerCase(Locale.ROOT)));
        return false;
    }

    /** Carries out a transition; returns the toast for a tap. */
    private <S> String apply(Incoming in, Active<S> active, Transition<S> transition, Integer tappedMessage) {
        Flow<S> flow = active.flow();
        Step<S> step = active.step();
        S state = active.state();
        int turn = active.stored().turn();
        if (transition instanceof Transition.Complete<S> complete) {
            showChoice(in, tappedMessage, step, state, turn, complete.chosen());
            String next = flow.next(step.name(), complete.state());
            if (Flow.DONE.equals(next)) {
                store.clear(in.chatId());
                flow.finish(in, complete.state());
            } else {
                moveTo(in, flow, next, complete.state(), turn + 1);
            }
            return null;
        }
        if (transition instanceof Transition.Go<S> go) {
            showChoice(in, tappedMessage, step, state, turn, go.chosen());
            moveTo(in, flow, go.step(), go.state(), turn + 1);
            return null;
        }
        if (transition instanceof Transition.Abandon<S> abandon) {
            showChoice(in, tappedMessage, step, state, turn, abandon.chosen());
            store.clear(in.chatId());
            flow.abandoned(in, state);
            if (abandon.message() != null) {
                replies.text(in, abandon.message());
            }
            return null;
        }
        Transition.Stay<S> stay = (Transition.Stay<S>) transition;
        S next = stay.state() == null ? state : stay.state();
        if (stay.state() != null) {
            save(in.chatId(), flow, step.name(), turn, next, active.stored().repromptedTurn());
        }
        String problem = render(stay.problem());
        if (tappedMessage != null) {
            if (stay.refresh()) {
                Prompt redrawn = step.prompt(next, turn);
                replies.edit(in, tappedMessage, redrawn.html(), redrawn.keyboard());
            }
            if (stay.extra() != null) {
                replies.text(in, stay.extra().html(), stay.extra().keyboard());
            }
            if (stay.reprompt() && problem != null) {
                askAgain(in, step, next, turn);
            }
            return problem;
        }
        if (problem != null) {
            replies.text(in, problem);
        }
        if (stay.extra() != null) {
            replies.text(in, stay.extra().html(), stay.extra().keyboard());
        }
        if (stay.reprompt() || stay.refresh()) {
            askAgain(in, step, next, turn);
        }
        return null;
    }

    private <S> void moveTo(Incoming in, Flow<S> flow, String stepName, S state, int turn) {
        Step<S> next = step(flow, stepName);
        save(in.chatId(), flow, stepName, turn, state, 0);
        ask(in, next, state, turn);
    }

    /** The tapped question keeps its text, loses its buttons and shows what was chosen. */
    private <S> void showChoice(Incoming in, Integer tappedMessage, Step<S> step, S state, int turn, String chosen) {
        if (tappedMessage != null && chosen != null) {
            replies.edit(in, tappedMessage, step.prompt(state, turn).html() + "\n\n" + texts.get("conversation.chosen", chosen), null);
        }
    }

    private <S> void ask(Incoming in, Step<S> step, S state, int turn) {
        Prompt prompt = step.prompt(state, turn);
        replies.text(in, prompt.html(), prompt.keyboard());
    }

    private <S> void askAgain(Incoming in, Active<S> active) {
        askAgain(in, active.step(), active.state(), active.stored().turn());
    }

    private <S> void askAgain(Incoming in, Step<S> step, S state, int turn) {
        Prompt prompt = step.reprompt(state, turn);
        replies.text(in, prompt.html(), prompt.keyboard());
    }

    private String render(String problem) {
        if (Transition.Engine.USE_BUTTONS.equals(problem)) {
            return texts.get("conversation.use_buttons");
        }
        if (Transition.Engine.STALE.equals(problem)) {
            return texts.get("conversation.stale_button");
        }
        return problem;
    }

    // --- storage -----------------------------------------------------------------------------------------

    private record Active<S>(Flow<S> flow, Step<S> step, S state, StoredConversation stored) {
    }

    private Optional<Active<?>> current(long chatId) {
        Optional<StoredConversation> stored = store.find(chatId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredConversation conversation = stored.get();
        Flow<?> flow = flows.get(conversation.flow());
        if (!clock.instant().isBefore(conversation.expiresAt()) || flow == null
                || flow.stateVersion() != conversation.stateVersion()
                || flow.steps().stream().noneMatch(step -> step.name().equals(conversation.step()))) {
            // Expired, or of a flow or state layout that no longer exists: forget it rather than trap the person.
            store.clear(chatId);
            return Optional.empty();
        }
        return active(flow, conversation);
    }

    private <S> Optional<Active<?>> active(Flow<S> flow, StoredConversation conversation) {
        try {
            S state = json.readValue(conversation.state(), flow.stateType());
            return Optional.of(new Active<>(flow, step(flow, conversation.step()), state, conversation));
        } catch (JsonProcessingException e) {
            log.warn("Discarding an unreadable {} conversation state: {}", flow.name(), e.getOriginalMessage());
            store.clear(conversation.chatId());
            return Optional.empty();
        }
    }

    private <S> void save(long chatId, Flow<S> flow, String step, int turn, S state, int repromptedTurn) {
        String serialised;
        try {
            serialised = json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Conversation state of " + flow.name() + " cannot be stored", e);
        }
        store.save(new StoredConversation(chatId, flow.name(), step, turn, flow.stateVersion(), serialised,
                repromptedTurn, clock.instant().plus(flow.timeout())), clock.instant());
    }

    private static StoredConversation withReprompted(StoredConversation stored, int turn) {
        return new StoredConversation(stored.chatId(), stored.flow(), stored.step(), stored.turn(),
                stored.stateVersion(), stored.state(), turn, stored.expiresAt());
    }

    private static <S> Step<S> step(Flow<S> flow, String name) {
        return flow.steps().stream().filter(step -> step.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Flow " + flow.name() + " has no step " + name));
    }
}
