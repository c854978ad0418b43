package cl.slep.encuentros.bot.internal.registration;

import cl.slep.encuentros.bot.internal.CallbackAction;
import cl.slep.encuentros.bot.internal.Conversation;
import cl.slep.encuentros.bot.internal.ConversationState;
import cl.slep.encuentros.bot.internal.ConversationStore;
import cl.slep.encuentros.bot.internal.Incoming;
import cl.slep.encuentros.bot.internal.RegistrationStarter;
import cl.slep.encuentros.bot.internal.Replies;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.Catalogue;
import cl.slep.encuentros.participants.EstablishmentView;
import cl.slep.encuentros.participants.FullName;
import cl.slep.encuentros.participants.NetworkView;
import cl.slep.encuentros.participants.Participants;
import cl.slep.encuentros.participants.RegistrationForm;
import cl.slep.encuentros.participants.SchoolRole;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Registration (flow "registration": consent, name, establishment, role, networks, summary) and profile edits
 * (flow "profile": one of the same steps, then saved). Every step is stored, so a restart resumes there; the
 * buttons carry the step they belong to, so an old button only re-prompts.
 */
@Component
class RegistrationConversation implements Conversation, CallbackAction, RegistrationStarter {

    static final String REGISTRATION = "registration";
    static final String PROFILE = "profile";
    static final String ACTION = "reg";

    static final String CONSENT = "consent";
    static final String NAME = "name";
    static final String ESTABLISHMENT = "est";
    static final String ESTABLISHMENT_FREE = "estfree";
    static final String ROLE = "role";
    static final String NETWORKS = "net";
    static final String SUMMARY = "summary";
    static final String FIX = "fix";

    private static final int MAX_MATCHES = 8;
    private static final String NOT_LISTED = "none";

    private final ConversationStore store;
    private final Participants participants;
    private final Catalogue catalogue;
    private final Replies replies;
    private final Texts texts;
    private final ProfileView profileView;
    private final Clock clock;

    RegistrationConversation(ConversationStore store, Participants participants, Catalogue catalogue,
            Replies replies, Texts texts, ProfileView profileView, Clock clock) {
        this.store = store;
        this.participants = participants;
        this.catalogue = catalogue;
        this.replies = replies;
        this.texts = texts;
        this.profileView = profileView;
        this.clock = clock;
    }

    @Override
    public List<String> flows() {
        return List.of(REGISTRATION, PROFILE);
    }

    @Override
    public String action() {
        return ACTION;
    }

    /** Starts registration with the privacy notice: nothing is stored about the person before they accept. */
    @Override
    public void start(Incoming in) {
        ConversationState state = ConversationState.start(REGISTRATION, CONSENT);
        store.save(in.chatId(), state);
        prompt(in, state);
    }

    /** Starts changing one field of a registered person's profile. */
    void startProfileEdit(Incoming in, String step) {
        ConversationState state = ConversationState.start(PROFILE, step);
        participants.findByTelegramUserId(in.userId()).ifPresent(profile -> {
            ConversationState withRole = state.with("role", profile.role().name())
                    .with("networks", profile.networks().stream().map(n -> String.valueOf(n.id()))
                            .collect(Collectors.joining(",")));
            store.save(in.chatId(), withRole);
            prompt(in, withRole);
        });
    }

    @Override
    public void onText(Incoming in, ConversationState state, String text) {
        switch (state.step()) {
            case NAME -> acceptName(in, state, text);
            case ESTABLISHMENT -> searchEstablishment(in, state, text);
            case ESTABLISHMENT_FREE -> acceptFreeEstablishment(in, state, text);
            default -> {
                replies.text(in, texts.get("reg.use_buttons"));
                prompt(in, state);
            }
        }
    }

    @Override
    public void reprompt(Incoming in, ConversationState state) {
        prompt(in, state);
    }

    @Override
    public String handle(Incoming in, int messageId, List<String> arguments) {
        Optional<ConversationState> current = store.find(in.chatId());
        if (current.isEmpty() || !flows().contains(current.get().flow())) {
            return texts.get("callback.stale");
        }
        ConversationState state = current.get();
        if (arguments.size() != 2 || !arguments.get(0).equals(state.step())) {
            prompt(in, state);
            return texts.get("reg.stale");
        }
        String value = arguments.get(1);
        return switch (state.step()) {
            case CONSENT -> consent(in, state, messageId, value);
            case ESTABLISHMENT -> pickEstablishment(in, state, messageId, value);
            case ROLE -> pickRole(in, state, messageId, value);
            case NETWORKS -> toggleNetwork(in, state, messageId, value);
            case SUMMARY -> summaryAnswer(in, state, messageId, value);
            case FIX -> fixField(in, state, messageId, value);
            default -> {
                prompt(in, state);
                yield texts.get("reg.stale");
            }
        };
    }

    // --- steps -------------------------------------------------------------------------------------------

    private String consent(Incoming in, ConversationState state, int messageId, String value) {
        if ("yes".equals(value)) {
            replies.edit(in, messageId, texts.get("reg.privacy") + chosen(texts.get("reg.accept")), null);
            advance(in, state.with("consentAt", clock.instant().toString()), NAME);
            return null;
        }
        if ("no".equals(value)) {
            store.clear(in.chatId());
            participants.recordConsentRefusal();
            replies.edit(in, messageId, texts.get("reg.privacy") + chosen(texts.get("reg.decline")), null);
            replies.text(in, texts.get("reg.declined"));
            return null;
        }
        prompt(in, state);
        return texts.get("reg.stale");
    }

    private void acceptName(Incoming in, ConversationState state, String text) {
        Optional<FullName.Problem> problem = FullName.problem(text);
        if (problem.isPresent()) {
            replies.text(in, texts.get("reg.name." + problem.get().name().toLowerCase(Locale.ROOT)));
            prompt(in, state);
            return;
        }
        String name = FullName.normalise(text);
        if (PROFILE.equals(state.flow())) {
            participants.changeName(in.userId(), name);
            finishEdit(in, "reg.field.name");
            return;
        }
        advance(in, state.with("name", name), nextAfter(state, ESTABLISHMENT));
    }

    private void searchEstablishment(Incoming in, ConversationState state, String query) {
        String trimmed = query.strip();
        if (trimmed.length() < 3 && !trimmed.matches("\\d+")) {
            replies.text(in, texts.get("reg.establishment.too_short"));
            return;
        }
        List<EstablishmentView> matches = catalogue.searchEstablishments(trimmed, MAX_MATCHES);
        List<List<InlineButton>> rows = new ArrayList<>();
        for (EstablishmentView match : matches) {
            rows.add(List.of(InlineButton.callback(match.name() + " (" + match.commune() + ")",
                    CallbackAction.data(ACTION, ESTABLISHMENT, String.valueOf(match.id())))));
        }
        rows.add(List.of(InlineButton.callback(texts.get("reg.establishment.not_listed"),
                CallbackAction.data(ACTION, ESTABLISHMENT, NOT_LISTED))));
        String message = matches.isEmpty()
                ? texts.get("reg.establishment.none", Texts.html(trimmed))
                : texts.get("reg.establishment.matches", Texts.html(trimmed));
        replies.text(in, message, new InlineKeyboard(rows));
    }

    private String pickEstablishment(Incoming in, ConversationState state, int messageId, String value) {
        if (NOT_LISTED.equals(value)) {
            replies.edit(in, messageId, texts.get("reg.ask_establishment") + chosen(texts.get("reg.establishment.not_listed")), null);
            advance(in, state, ESTABLISHMENT_FREE);
            return null;
        }
        Optional<EstablishmentView> establishment = parseLong(value).flatMap(catalogue::establishment);
        if (establishment.isEmpty()) {
            prompt(in, state);
            return texts.get("reg.stale");
        }
        replies.edit(in, messageId, texts.get("reg.ask_establishment") + chosen(Texts.html(establishment.get().name())), null);
        if (PROFILE.equals(state.flow())) {
            participants.changeEstablishment(in.userId(), establishment.get().id(), null);
            finishEdit(in, "reg.field.establishment");
            return null;
        }
        advance(in, state.with("establishmentId", String.valueOf(establishment.get().id()))
                .with("establishmentFreeText", null), nextAfter(state, ROLE));
        return null;
    }

    private void acceptFreeEstablishment(Incoming in, ConversationState state, String text) {
        String name = text.strip().replaceAll("\\s+", " ");
        if (name.length() < 3 || name.length() > 200) {
            replies.text(in, texts.get("reg.establishment_free.invalid"));
            prompt(in, state);
            return;
        }
        if (PROFILE.equals(state.flow())) {
            participants.changeEstablishment(in.userId(), null, name);
            finishEdit(in, "reg.field.establishment");
            return;
        }
        advance(in, state.with("establishmentFreeText", name).with("establishmentId", null), nextAfter(state, ROLE));
    }

    private String pickRole(Incoming in, ConversationState state, int messageId, String value) {
        Optional<SchoolRole> role = Arrays.stream(SchoolRole.values()).filter(r -> r.name().equals(value)).findFirst();
        if (role.isEmpty()) {
            prompt(in, state);
            return texts.get("reg.stale");
        }
        replies.edit(in, messageId, texts.get("reg.ask_role") + chosen(role.get().label()), null);
        if (PROFILE.equals(state.flow())) {
            participants.changeRole(in.userId(), role.get());
            finishEdit(in, "reg.field.role");
            return null;
        }
        ConversationState next = state.with("role", role.get().name());
        if (!"true".equals(state.get("fixing")) || state.get("networks") == null) {
            // Pre-select the networks that usually fit the role; the person adjusts them next.
            next = next.with("networks", join(defaultNetworks(role.get())));
            advance(in, next, NETWORKS);
        } else {
            advance(in, next, SUMMARY);
        }
        return null;
    }

    private String toggleNetwork(Incoming in, ConversationState state, int messageId, String value) {
        Set<Long> selected = networks(state);
        if ("done".equals(value)) {
            if (selected.isEmpty()) {
                return texts.get("reg.networks.none");
            }
            replies.edit(in, messageId, texts.get("reg.ask_networks") + chosen(Texts.html(networkNames(selected))), null);
            if (PROFILE.equals(state.flow())) {
                participants.changeNetworks(in.userId(), selected);
                finishEdit(in, "reg.field.networks");
                return null;
            }
            advance(in, state, SUMMARY);
            return null;
        }
        Optional<Long> networkId = parseLong(value).filter(id -> catalogue.network(id).isPresent());
        if (networkId.isEmpty()) {
            return texts.get("reg.stale");
        }
        if (!selected.remove(networkId.get())) {
            selected.add(networkId.get());
        }
        ConversationState next = state.with("networks", join(selected));
        store.save(in.chatId(), next);
        replies.edit(in, messageId, texts.get("reg.ask_networks"), networkKeyboard(selected));
        return null;
    }

    private String summaryAnswer(Incoming in, ConversationState state, int messageId, String value) {
        if ("ok".equals(value)) {
            replies.edit(in, messageId, summary(state) + chosen(texts.get("reg.confirm")), null);
            RegistrationForm form = new RegistrationForm(in.userId(), state.get("name"),
                    parseLong(state.get("establishmentId")).orElse(null), state.get("establishmentFreeText"),
                    SchoolRole.valueOf(state.get("role")), networks(state), Instant.parse(state.get("consentAt")));
            participants.register(form);
            store.clear(in.chatId());
            replies.text(in, texts.get("reg.done", Texts.html(state.get("name"))) + "\n\n" + texts.get("menu.main"));
            return null;
        }
        if ("fix".equals(value)) {
            replies.edit(in, messageId, summary(state) + chosen(texts.get("reg.fix")), null);
            advance(in, state.with("fixing", "true"), FIX);
            return null;
        }
        prompt(in, state);
        return texts.get("reg.stale");
    }

    private String fixField(Incoming in, ConversationState state, int messageId, String value) {
        String step = switch (value) {
            case NAME, ESTABLISHMENT, ROLE, NETWORKS -> value;
            default -> null;
        };
        if (step == null) {
            prompt(in, state);
            return texts.get("reg.stale");
        }
        replies.edit(in, messageId, texts.get("reg.ask_fix") + chosen(texts.get("reg.field." + fieldKey(step))), null);
        advance(in, state, step);
        return null;
    }

    // --- prompts ---------------------------------------------------------------------------------------

    private void advance(Incoming in, ConversationState state, String step) {
        ConversationState next = state.at(step);
        store.save(in.chatId(), next);
        prompt(in, next);
    }

    /** While correcting from the summary, every step goes back to the summary. */
    private static String nextAfter(ConversationState state, String normalNext) {
        return "true".equals(state.get("fixing")) ? SUMMARY : normalNext;
    }

    private void prompt(Incoming in, ConversationState state) {
        switch (state.step()) {
            case CONSENT -> replies.text(in, texts.get("reg.privacy"), InlineKeyboard.row(
                    InlineButton.callback(texts.get("reg.accept"), CallbackAction.data(ACTION, CONSENT, "yes")),
                    InlineButton.callback(texts.get("reg.decline"), CallbackAction.data(ACTION, CONSENT, "no"))));
            case NAME -> replies.text(in, texts.get("reg.ask_name"));
            case ESTABLISHMENT -> replies.text(in, texts.get("reg.ask_establishment"));
            case ESTABLISHMENT_FREE -> replies.text(in, texts.get("reg.ask_establishment_free"));
            case ROLE -> replies.text(in, texts.get("reg.ask_role"), roleKeyboard());
            case NETWORKS -> replies.text(in, texts.get("reg.ask_networks"), networkKeyboard(networks(state)));
            case SUMMARY -> replies.text(in, summary(state), InlineKeyboard.row(
                    InlineButton.callback(texts.get("reg.confirm"), CallbackAction.data(ACTION, SUMMARY, "ok")),
                    InlineButton.callback(texts.get("reg.fix"), CallbackAction.data(ACTION, SUMMARY, "fix"))));
            case FIX -> replies.text(in, texts.get("reg.ask_fix"), new InlineKeyboard(List.of(
                    List.of(fixButton(NAME), fixButton(ESTABLISHMENT)),
                    List.of(fixButton(ROLE), fixButton(NETWORKS)))));
            default -> throw new IllegalStateException("Unknown registration step " + state.step());
        }
    }

    private InlineButton fixButton(String step) {
        return InlineButton.callback(texts.get("reg.field." + fieldKey(step)), CallbackAction.data(ACTION, FIX, step));
    }

    private static String fieldKey(String step) {
        return switch (step) {
            case NAME -> "name";
            case ESTABLISHMENT -> "establishment";
            case ROLE -> "role";
            default -> "networks";
        };
    }

    private InlineKeyboard roleKeyboard() {
        List<List<InlineButton>> rows = new ArrayList<>();
        SchoolRole[] roles = SchoolRole.values();
        for (int i = 0; i < roles.length; i += 2) {
            List<InlineButton> row = new ArrayList<>();
            for (int j = i; j < Math.min(i + 2, roles.length); j++) {
                row.add(InlineButton.callback(roles[j].label(), CallbackAction.data(ACTION, ROLE, roles[j].name())));
            }
            rows.add(row);
        }
        return new InlineKeyboard(rows);
    }

    private InlineKeyboard networkKeyboard(Set<Long> selected) {
        List<List<InlineButton>> rows = new ArrayList<>();
        for (NetworkView network : catalogue.networks()) {
            String mark = selected.contains(network.id()) ? "✅ " : "▫️ ";
            rows.add(List.of(InlineButton.callback(mark + network.name(),
                    CallbackAction.data(ACTION, NETWORKS, String.valueOf(network.id())))));
        }
        rows.add(List.of(InlineButton.callback(texts.get("reg.networks.done"), CallbackAction.data(ACTION, NETWORKS, "done"))));
        return new InlineKeyboard(rows);
    }

    private String summary(ConversationState state) {
        String establishment = parseLong(state.get("establishmentId")).flatMap(catalogue::establishment)
                .map(EstablishmentView::name)
                .orElseGet(() -> state.get("establishmentFreeText") + " " + texts.get("reg.establishment.pending"));
        String role = state.get("role") == null ? "" : SchoolRole.valueOf(state.get("role")).label();
        return texts.get("reg.summary", Texts.html(state.get("name")), Texts.html(establishment), Texts.html(role),
                Texts.html(networkNames(networks(state))));
    }

    private void finishEdit(Incoming in, String fieldKey) {
        store.clear(in.chatId());
        replies.text(in, texts.get("profile.updated", texts.get(fieldKey).toLowerCase(Locale.ROOT)));
        profileView.show(in);
    }

    private Set<Long> defaultNetworks(SchoolRole role) {
        return role.defaultNetworkCodes().stream()
                .map(catalogue::networkByCode)
                .flatMap(Optional::stream)
                .map(NetworkView::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private String networkNames(Set<Long> ids) {
        return catalogue.networks().stream().filter(n -> ids.contains(n.id())).map(NetworkView::name)
                .collect(Collectors.joining(", "));
    }

    private static Set<Long> networks(ConversationState state) {
        String joined = state.get("networks");
        Set<Long> ids = new LinkedHashSet<>();
        if (joined != null && !joined.isBlank()) {
            for (String id : joined.split(",")) {
                parseLong(id).ifPresent(ids::add);
            }
        }
        return ids;
    }

    private static String join(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Optional<Long> parseLong(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }

    private static String chosen(String choice) {
        return "\n\n➡️ <b>" + choice + "</b>";
    }
}
