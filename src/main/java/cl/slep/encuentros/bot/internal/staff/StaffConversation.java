package cl.slep.encuentros.bot.internal.staff;

import cl.slep.encuentros.bot.internal.CallbackAction;
import cl.slep.encuentros.bot.internal.Conversation;
import cl.slep.encuentros.bot.internal.ConversationState;
import cl.slep.encuentros.bot.internal.ConversationStore;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.Incoming.ForwardOrigin;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.messaging.Outbox;
import cl.slep.encuentros.messaging.OutgoingMessage;
import cl.slep.encuentros.messaging.Priority;
import cl.slep.encuentros.messaging.TelegramEndpoint;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.NetworkView;
import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.participants.StaffRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Naming a coordinator or changing their networks (flow "staff"): who (a forwarded message or a Telegram id),
 * networks (toggle buttons), confirmation. Stored after every step. Its buttons carry the person they are about,
 * so a button of an earlier run of the flow, about someone else, only re-prompts.
 */
@Component
class StaffConversation implements Conversation {

    static final String FLOW = "staff";
    static final String WHO = "who";
    static final String NETWORKS = "networks";
    static final String CONFIRM = "confirm";

    static final String DONE = "done";
    static final String YES = "yes";
    static final String FIX = "fix";

    // Telegram user ids have at most 52 significant bits.
    private static final long MAX_USER_ID = (1L << 52) - 1;

    private final ConversationStore store;
    private final StaffDirectory staff;
    private final Catalogue catalogue;
    private final StaffNames names;
    private final Replies replies;
    private final Texts texts;
    private final Outbox outbox;
    private final TelegramEndpoint telegram;

    StaffConversation(ConversationStore store, StaffDirectory staff, Catalogue catalogue, StaffNames names,
            Replies replies, Texts texts, Outbox outbox, TelegramEndpoint telegram) {
        this.store = store;
        this.staff = staff;
        this.catalogue = catalogue;
        this.names = names;
        this.replies = replies;
        this.texts = texts;
        this.outbox = outbox;
        this.telegram = telegram;
    }

    @Override
    public List<String> flows() {
        return List.of(FLOW);
    }

    void startAdding(Incoming in) {
        ConversationState state = ConversationState.start(FLOW, WHO);
        store.save(in.chatId(), state);
        prompt(in, state);
    }

    void startEditing(Incoming in, long coordinator) {
        chosen(in, ConversationState.start(FLOW, WHO), coordinator);
    }

    @Override
    public void onText(Incoming in, ConversationState state, String text) {
        if (staff.roleOf(in.userId()) != StaffRole.ADMIN) {
            store.clear(in.chatId());
            replies.text(in, texts.get("staff.only_admins"));
            return;
        }
        if (!WHO.equals(state.step())) {
            replies.text(in, texts.get("staff.use_buttons"));
            prompt(in, state);
            return;
        }
        Optional<ForwardOrigin> forward = in.forwardOrigin();
        Optional<String> problem = forward.isPresent() ? problemWith(forward.get()) : problemWithId(text.strip());
        if (problem.isPresent()) {
            replies.text(in, problem.get());
            prompt(in, state);
            return;
        }
        chosen(in, state, forward.isPresent() ? forward.get().userId() : Long.parseLong(text.strip()));
    }

    @Override
    public void reprompt(Incoming in, ConversationState state) {
        prompt(in, state);
    }

    /** A button of this flow ({@code net} or {@code ok}), pressed by an admin (checked by the caller). */
    String onButton(Incoming in, int messageId, String step, List<String> arguments) {
        Optional<ConversationState> current = store.find(in.chatId()).filter(state -> FLOW.equals(state.flow()));
        if (current.isEmpty()) {
            return texts.get("callback.stale");
        }
        ConversationState state = current.get();
        if (!step.equals(state.step()) || arguments.size() != 2 || !arguments.get(0).equals(state.get("target"))) {
            prompt(in, state);
            return texts.get("staff.stale");
        }
        return NETWORKS.equals(step) ? toggle(in, state, messageId, arguments.get(1))
                : confirm(in, state, messageId, arguments.get(1));
    }

    // --- steps -------------------------------------------------------------------------------------------

    private Optional<String> problemWith(ForwardOrigin origin) {
        return switch (origin.kind()) {
            case HIDDEN_USER -> Optional.of(texts.get("staff.who.hidden"));
            case CHAT -> Optional.of(texts.get("staff.who.chat"));
            case USER -> origin.bot() ? Optional.of(texts.get("staff.who.bot")) : Optional.empty();
        };
    }

    private Optional<String> problemWithId(String typed) {
        if (typed.matches("-\\d{1,20}")) {
            return Optional.of(texts.get("staff.who.negative"));
        }
        if (!typed.matches("\\d{1,16}") || Long.parseLong(typed) == 0 || Long.parseLong(typed) > MAX_USER_ID) {
            return Optional.of(texts.get("staff.who.invalid", Texts.html(abbreviated(typed))));
        }
        // The only bot whose id we can recognise is this one; others' forwards say they are bots.
        if (typed.equals(telegram.botId())) {
            return Optional.of(texts.get("staff.who.bot"));
        }
        return Optional.empty();
    }

    /** The person is known: go on to their networks, with the ones they coordinate already marked. */
    private void chosen(Incoming in, ConversationState state, long target) {
        Set<Long> current = staff.coordinatedNetworks(target);
        ConversationState next = state.with("target", String.valueOf(target))
                .with("networks", join(current))
                .with("edit", current.isEmpty() ? null : "true")
                .at(NETWORKS);
        store.save(in.chatId(), next);
        prompt(in, next);
    }

    private String toggle(Incoming in, ConversationState state, int messageId, String value) {
        Set<Long> selected = networks(state);
        long target = target(state);
        if (DONE.equals(value)) {
            if (selected.isEmpty()) {
                return texts.get("staff.networks.none");
            }
            replies.edit(in, messageId, networksQuestion(state) + chosen(names.networks(selected)), null);
            ConversationState next = state.at(CONFIRM);
            store.save(in.chatId(), next);
            prompt(in, next);
            return null;
        }
        Optional<Long> network = parseId(value).filter(id -> catalogue.network(id).isPresent());
        if (network.isEmpty()) {
            prompt(in, state);
            return texts.get("staff.stale");
        }
        if (!selected.remove(network.get())) {
            selected.add(network.get());
        }
        ConversationState next = state.with("networks", join(selected));
        store.save(in.chatId(), next);
        replies.edit(in, messageId, networksQuestion(next), networkKeyboard(target, selected));
        return null;
    }

    private String confirm(Incoming in, ConversationState state, int messageId, String value) {
        if (FIX.equals(value)) {
            replies.edit(in, messageId, confirmation(state) + chosen(texts.get("staff.confirm.fix")), null);
            ConversationState next = state.at(NETWORKS);
            store.save(in.chatId(), next);
            prompt(in, next);
            return null;
        }
        if (!YES.equals(value)) {
            prompt(in, state);
            return texts.get("staff.stale");
        }
        long target = target(state);
        Set<Long> selected = networks(state);
        replies.edit(in, messageId, confirmation(state) + chosen(texts.get("staff.confirm.yes")), null);
        store.clear(in.chatId());
        Set<Long> before = staff.coordinatedNetworks(target);
        if (before.equals(selected)) {
            replies.text(in, texts.get("staff.saved.unchanged", names.html(target), names.networks(selected)));
            return null;
        }
        staff.setCoordinatedNetworks(target, selected);
        replies.text(in, texts.get("staff.saved", names.html(target), names.networks(selected)));
        tell(in, target, before.isEmpty() ? "staff.notice.granted" : "staff.notice.changed", selected);
        return null;
    }

    /**
     * Tells the person, if they ever wrote to the bot: Telegram refuses a first message from a bot (400 or 403),
     * and the sender records that. The key holds the update id, so handling this tap again cannot send it twice.
     */
    private void tell(Incoming in, long target, String key, Set<Long> networks) {
        outbox.enqueue(new OutgoingMessage.Text(target, texts.get(key, names.networks(networks))), Priority.DIRECT,
                "staff:granted:" + target + ":" + in.updateId());
    }

    // --- prompts -----------------------------------------------------------------------------------------

    private void prompt(Incoming in, ConversationState state) {
        switch (state.step()) {
            case WHO -> replies.text(in, texts.get("staff.ask_who"));
            case NETWORKS -> replies.text(in, networksQuestion(state), networkKeyboard(target(state), networks(state)));
            case CONFIRM -> {
                String target = state.get("target");
                replies.text(in, confirmation(state), InlineKeyboard.row(
                        InlineButton.callback(texts.get("staff.confirm.yes"),
                                CallbackAction.data(StaffAction.ACTION, StaffAction.CONFIRM, target, YES)),
                        InlineButton.callback(texts.get("staff.confirm.fix"),
                                CallbackAction.data(StaffAction.ACTION, StaffAction.CONFIRM, target, FIX))));
            }
            default -> throw new IllegalStateException("Unknown staff step " + state.step());
        }
    }

    private String networksQuestion(ConversationState state) {
        String question = texts.get("staff.ask_networks", names.html(target(state)));
        return "true".equals(state.get("edit")) ? question + "\n" + texts.get("staff.ask_networks.current") : question;
    }

    private String confirmation(ConversationState state) {
        return texts.get("staff.confirm", names.html(target(state)), names.networks(networks(state)));
    }

    private InlineKeyboard networkKeyboard(long target, Set<Long> selected) {
        String person = String.valueOf(target);
        List<List<InlineButton>> rows = new ArrayList<>();
        for (NetworkView network : catalogue.networks()) {
            String mark = selected.contains(network.id()) ? "✅ " : "▫️ ";
            rows.add(List.of(InlineButton.callback(mark + network.name(),
                    CallbackAction.data(StaffAction.ACTION, StaffAction.NETWORK, person, String.valueOf(network.id())))));
        }
        rows.add(List.of(InlineButton.callback(texts.get("staff.networks.done"),
                CallbackAction.data(StaffAction.ACTION, StaffAction.NETWORK, person, DONE))));
        return new InlineKeyboard(rows);
    }

    private static long target(ConversationState state) {
        return Long.parseLong(state.get("target"));
    }

    private static Set<Long> networks(ConversationState state) {
        Set<Long> ids = new TreeSet<>();
        String joined = state.get("networks");
        if (joined != null && !joined.isBlank()) {
            for (String id : joined.split(",")) {
                parseId(id).ifPresent(ids::add);
            }
        }
        return ids;
    }

    private static String join(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Optional<Long> parseId(String value) {
        return value != null && value.matches("\\d{1,18}") ? Optional.of(Long.parseLong(value)) : Optional.empty();
    }

    private static String abbreviated(String typed) {
        return typed.length() <= 40 ? typed : typed.substring(0, 39) + "…";
    }

    private static String chosen(String choice) {
        return "\n\n➡️ <b>" + choice + "</b>";
    }
}
