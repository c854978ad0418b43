package cl.slep.encuentros.bot.internal.staff;

import static cl.slep.encuentros.bot.internal.buttons.ButtonCodec.inline;

import cl.slep.encuentros.bot.internal.Incoming.ForwardOrigin;
import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.YesNo;
import cl.slep.encuentros.bot.internal.conversation.NetworkPicker;
import cl.slep.encuentros.bot.internal.conversation.Prompt;
import cl.slep.encuentros.bot.internal.conversation.Step;
import cl.slep.encuentros.bot.internal.conversation.TextInput;
import cl.slep.encuentros.bot.internal.conversation.Transition;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.PersonChoice;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.participants.NetworkView;
import cl.slep.encuentros.participants.ParticipantProfile;
import cl.slep.encuentros.participants.StaffCandidate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/** The questions of naming a coordinator: who (a forwarded message or an id), which networks, confirmation. */
final class StaffSteps {

    static final String WHO = "who";
    static final String NETWORKS = "networks";
    static final String CONFIRM = "confirm";

    // Telegram user ids have at most 52 significant bits.
    private static final long MAX_USER_ID = (1L << 52) - 1;
    private static final int MAX_MATCHES = 8;

    private final Texts texts;
    private final LongFunction<String> nameOf;
    private final LongFunction<StaffCandidate> candidate;
    private final Supplier<String> botId;
    private final BiFunction<String, Integer, List<ParticipantProfile>> searchByName;
    private final NetworkPicker<StaffDraft> networkPicker;

    /**
     * @param nameOf a person's name for a message, escaped
     * @param botId this bot's own user id, which is never a coordinator
     */
    StaffSteps(Texts texts, Supplier<List<NetworkView>> networks, LongFunction<String> nameOf,
            LongFunction<StaffCandidate> candidate, Supplier<String> botId,
            BiFunction<String, Integer, List<ParticipantProfile>> searchByName) {
        this.searchByName = searchByName;
        this.texts = texts;
        this.nameOf = nameOf;
        this.candidate = candidate;
        this.botId = botId;
        this.networkPicker = new NetworkPicker<>(NETWORKS, texts, networks, this::networksQuestion,
                StaffDraft::networks, StaffDraft::withNetworks, "staff.networks.done", "staff.networks.none");
    }

    List<Step<StaffDraft>> all() {
        return List.of(who(), networkPicker, confirm());
    }

    String networkNames(Set<Long> ids) {
        return Texts.html(networkPicker.names(ids));
    }

    Step<StaffDraft> who() {
        return Step.<StaffDraft>named(WHO)
                .asking((draft, turn) -> Prompt.text(texts.get("staff.ask_who")))
                .onText(this::identify)
                .onTap((draft, tap) -> {
                    if (tap instanceof PersonChoice choice) {
                        StaffCandidate chosen = candidate.apply(choice.telegramUserId());
                        return chosen.registered()
                                ? Transition.complete(draft.about(chosen), nameOf.apply(choice.telegramUserId()))
                                : Transition.stale();
                    }
                    return Transition.stale();
                });
    }

    private Transition<StaffDraft> identify(StaffDraft draft, TextInput input) {
        Optional<ForwardOrigin> forward = input.forwardOrigin();
        if (forward.isEmpty() && !input.text().matches(".*\\d.*")) {
            return searchByName(draft, input);
        }
        String typed = input.text().replaceAll("\\s+", "");
        Optional<String> problem = forward.isPresent() ? problemWith(forward.get()) : problemWithId(typed, input.text());
        if (problem.isPresent()) {
            return Transition.problem(problem.get());
        }
        long person = forward.isPresent() ? forward.get().userId() : Long.parseLong(typed);
        return Transition.complete(draft.about(candidate.apply(person)));
    }

    /** Text without digits is a name: registered people who match, as buttons. */
    private Transition<StaffDraft> searchByName(StaffDraft draft, TextInput input) {
        List<ParticipantProfile> found = searchByName.apply(input.text(), MAX_MATCHES + 1);
        if (found.isEmpty()) {
            return Transition.problem(texts.get("staff.who.nobody", Texts.echo(input.text())));
        }
        List<List<InlineButton>> rows = new ArrayList<>();
        for (ParticipantProfile person : found.subList(0, Math.min(found.size(), MAX_MATCHES))) {
            String label = person.establishment() == null ? person.fullName()
                    : person.fullName() + " (" + person.establishment().name() + ")";
            rows.add(List.of(inline(label, new PersonChoice(input.turn(), person.telegramUserId()))));
        }
        String text = texts.get("staff.who.found", Texts.echo(input.text()));
        if (found.size() > MAX_MATCHES) {
            text += "\n\n" + texts.get("staff.who.more");
        }
        return Transition.send(draft, new Prompt(text, new InlineKeyboard(rows)));
    }

    private Optional<String> problemWith(ForwardOrigin origin) {
        return switch (origin.kind()) {
            case HIDDEN_USER -> Optional.of(texts.get("staff.who.hidden"));
            case CHAT -> Optional.of(texts.get("staff.who.chat"));
            case USER -> origin.bot() ? Optional.of(texts.get("staff.who.bot")) : Optional.empty();
        };
    }

    private Optional<String> problemWithId(String typed, String asTyped) {
        if (typed.matches("-\\d{1,20}")) {
            return Optional.of(texts.get("staff.who.negative"));
        }
        if (!typed.matches("\\d{1,16}") || Long.parseLong(typed) == 0 || Long.parseLong(typed) > MAX_USER_ID) {
            return Optional.of(texts.get("staff.who.invalid", Texts.echo(asTyped)));
        }
        // The only bot whose id we can recognise is this one; others' forwards say they are bots.
        if (typed.equals(botId.get())) {
            return Optional.of(texts.get("staff.who.bot"));
        }
        return Optional.empty();
    }

    private String networksQuestion(StaffDraft draft) {
        String question = texts.get("staff.ask_networks", nameOf.apply(draft.target()));
        return draft.editing() ? question + "\n" + texts.get("staff.ask_networks.current") : question;
    }

    Step<StaffDraft> confirm() {
        return Step.<StaffDraft>named(CONFIRM)
                .asking((draft, turn) -> new Prompt(
                        texts.get("staff.confirm", nameOf.apply(draft.target()), networkNames(draft.networks())),
                        InlineKeyboard.row(inline(texts.get("staff.confirm.yes"), new YesNo(turn, true)),
                                inline(texts.get("staff.confirm.fix"), new YesNo(turn, false)))))
                .onTap((draft, tap) -> {
                    if (!(tap instanceof YesNo answer)) {
                        return Transition.stale();
                    }
                    return answer.yes() ? Transition.complete(draft, texts.get("staff.confirm.yes"))
                            : Transition.go(NETWORKS, draft, texts.get("staff.confirm.fix"));
                });
    }
}
