package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.DraftDecision;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.DraftDecision.Decision;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.Skip;
import cl.slep.encuentros.bot.internal.conversation.NetworkPicker;
import cl.slep.encuentros.bot.internal.conversation.Prompt;
import cl.slep.encuentros.bot.internal.conversation.Step;
import cl.slep.encuentros.bot.internal.conversation.TextInput;
import cl.slep.encuentros.bot.internal.conversation.Transition;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.FullName;
import cl.slep.encuentros.participants.NetworkView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The questions of /nuevo_encuentro, each a small function over the draft. Dates and times are read as a Chilean
 * types them (the parsers); what cannot be read is refused with an example, and the question stays.
 */
final class NewEncuentroSteps {

    static final String TITLE = "title";
    static final String NETWORKS = "networks";
    static final String WHEN = "when";
    static final String END = "end";
    static final String VENUE = "venue";
    static final String ADDRESS = "address";
    static final String LOCATION = "location";
    static final String CAPACITY = "capacity";
    static final String DESCRIPTION = "description";
    static final String PREVIEW = "preview";

    static final int TITLE_MAX = 200;
    static final int VENUE_MAX = 200;
    static final int ADDRESS_MAX = 300;

    private final Texts texts;
    private final StartParser startParser;
    private final Supplier<List<NetworkView>> networks;
    private final Function<NewEncuentroDraft, String> preview;

    NewEncuentroSteps(Texts texts, StartParser startParser, Supplier<List<NetworkView>> networks,
            Function<NewEncuentroDraft, String> preview) {
        this.texts = texts;
        this.startParser = startParser;
        this.networks = networks;
        this.preview = preview;
    }

    List<Step<NewEncuentroDraft>> all() {
        return List.of(title(), networks(), when(), end(), venue(), address(), location(), capacity(),
                description(), preview());
    }

    Step<NewEncuentroDraft> title() {
        return Step.<NewEncuentroDraft>named(TITLE)
                .asking((draft, turn) -> Prompt.text(texts.get("newenc.ask.title")))
                .onText((draft, input) -> text(input, TITLE_MAX)
                        .map(title -> Transition.complete(draft.withTitle(title)))
                        .orElseGet(() -> Transition.problem(texts.get("newenc.title.invalid", TITLE_MAX))));
    }

    NetworkPicker<NewEncuentroDraft> networks() {
        return new NetworkPicker<>(NETWORKS, texts, networks, draft -> texts.get("newenc.ask.networks"),
                NewEncuentroDraft::networks, NewEncuentroDraft::withNetworks, "reg.networks.done", "newenc.networks.none",
                NewEncuentroDraft::offered);
    }

    Step<NewEncuentroDraft> when() {
        return Step.<NewEncuentroDraft>named(WHEN)
                .asking((draft, turn) -> Prompt.text(texts.get("newenc.ask.when")))
                .onText((draft, input) -> {
                    Parsed<LocalDateTime, StartProblem> start = startParser.parse(input.text());
                    return start.ok() ? Transition.complete(draft.withStart(start.value()))
                            : Transition.problem(texts.get("newenc.when." + lower(start.problem())));
                });
    }

    Step<NewEncuentroDraft> end() {
        return Step.<NewEncuentroDraft>named(END)
                .asking((draft, turn) -> Prompt.text(texts.get("newenc.ask.end")))
                .onText((draft, input) -> {
                    Parsed<LocalDateTime, EndProblem> end = EndParser.parse(input.text(), draft.start());
                    return end.ok() ? Transition.complete(draft.withEnd(end.value()))
                            : Transition.problem(texts.get("newenc.end." + lower(end.problem())));
                });
    }

    Step<NewEncuentroDraft> venue() {
        return Step.<NewEncuentroDraft>named(VENUE)
                .asking((draft, turn) -> Prompt.text(texts.get("newenc.ask.venue")))
                .onText((draft, input) -> text(input, VENUE_MAX)
                        .map(venue -> Transition.complete(draft.withVenue(venue)))
                        .orElseGet(() -> Transition.problem(texts.get("newenc.venue.invalid", VENUE_MAX))));
    }

    Step<NewEncuentroDraft> address() {
        return Step.<NewEncuentroDraft>named(ADDRESS)
                .asking((draft, turn) -> Prompt.text(texts.get("newenc.ask.address")))
                .onText((draft, input) -> text(input, ADDRESS_MAX)
                        .map(address -> Transition.complete(draft.withAddress(address)))
                        .orElseGet(() -> Transition.problem(texts.get("newenc.address.invalid", ADDRESS_MAX))));
    }

    Step<NewEncuentroDraft> location() {
        return Step.<NewEncuentroDraft>named(LOCATION)
                .asking((draft, turn) -> new Prompt(texts.get("newenc.ask.location"), skip(turn, "newenc.skip")))
                .onText((draft, input) -> {
                    Parsed<Coordinates, CoordinatesProblem> point = CoordinatesParser.parse(input.text());
                    return point.ok()
                            ? Transition.complete(draft.withLocation(point.value().latitude(), point.value().longitude()))
                            : Transition.problem(texts.get("newenc.location." + lower(point.problem())));
                })
                .onTap((draft, button) -> button instanceof Skip
                        ? Transition.complete(draft.withLocation(null, null), texts.get("newenc.skip"))
                        : Transition.stale());
    }

    Step<NewEncuentroDraft> capacity() {
        return Step.<NewEncuentroDraft>named(CAPACITY)
                .asking((draft, turn) -> new Prompt(texts.get("newenc.ask.capacity"), skip(turn, "newenc.no_capacity")))
                .onText((draft, input) -> {
                    Parsed<Integer, CapacityProblem> capacity = CapacityParser.parse(input.text());
                    return capacity.ok() ? Transition.complete(draft.withCapacity(capacity.value()))
                            : Transition.problem(texts.get("newenc.capacity." + lower(capacity.problem())));
                })
                .onTap((draft, button) -> button instanceof Skip
                        ? Transition.complete(draft.withCapacity(null), texts.get("newenc.no_capacity"))
                        : Transition.stale());
    }

    Step<NewEncuentroDraft> description() {
        return Step.<NewEncuentroDraft>named(DESCRIPTION)
                .asking((draft, turn) -> new Prompt(texts.get("newenc.ask.description"), skip(turn, "newenc.skip")))
                .onText((draft, input) -> input.text().isBlank() ? Transition.problem(texts.get("newenc.ask.description"))
                        : Transition.complete(draft.withDescription(input.text().strip())))
                .onTap((draft, button) -> button instanceof Skip
                        ? Transition.complete(draft.withDescription(null), texts.get("newenc.skip"))
                        : Transition.stale());
    }

    Step<NewEncuentroDraft> preview() {
        return Step.<NewEncuentroDraft>named(PREVIEW)
                .asking((draft, turn) -> new Prompt(texts.get("newenc.preview.intro") + "\n\n" + preview.apply(draft)
                        + "\n\n" + texts.get("newenc.preview.question"), decisions(turn)))
                .reasking((draft, turn) -> new Prompt(texts.get("newenc.preview.question"), decisions(turn)))
                .onText((draft, input) -> Transition.useButtons())
                .onTap((draft, button) -> {
                    if (!(button instanceof DraftDecision)) {
                        return Transition.stale();
                    }
                    Decision decision = ((DraftDecision) button).decision();
                    if (decision == Decision.DISCARD) {
                        return Transition.abandon(texts.get("newenc.discard"), texts.get("newenc.discarded"));
                    }
                    boolean publish = decision == Decision.PUBLISH;
                    return Transition.complete(draft.publishing(publish),
                            texts.get(publish ? "newenc.publish" : "newenc.save"));
                });
    }

    private InlineKeyboard decisions(int turn) {
        return InlineKeyboard.row(
                ButtonCodec.inline(texts.get("newenc.publish"), new DraftDecision(turn, Decision.PUBLISH)),
                ButtonCodec.inline(texts.get("newenc.save"), new DraftDecision(turn, Decision.SAVE)),
                ButtonCodec.inline(texts.get("newenc.discard"), new DraftDecision(turn, Decision.DISCARD)));
    }

    private InlineKeyboard skip(int turn, String labelKey) {
        return InlineKeyboard.of(ButtonCodec.inline(texts.get(labelKey), new Skip(turn)));
    }

    /** Cleaned text of a sensible length: what a title, a venue or an address may be. */
    private static Optional<String> text(TextInput input, int max) {
        String cleaned = FullName.cleanText(input.text()).strip();
        return cleaned.length() >= 3 && cleaned.length() <= max && cleaned.codePoints().anyMatch(Character::isLetter)
                ? Optional.of(cleaned) : Optional.empty();
    }

    private static String lower(Enum<?> problem) {
        return problem.name().toLowerCase(Locale.ROOT);
    }
}
