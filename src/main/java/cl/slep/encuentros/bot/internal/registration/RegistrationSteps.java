package cl.slep.encuentros.bot.internal.registration;

import static cl.slep.encuentros.bot.internal.buttons.ButtonCodec.inline;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.StepButton;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.EstablishmentChoice;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.FieldChoice;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.NotListed;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.ProfileField;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.ShowMore;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.YesNo;
import cl.slep.encuentros.bot.internal.conversation.NetworkPicker;
import cl.slep.encuentros.bot.internal.conversation.Prompt;
import cl.slep.encuentros.bot.internal.conversation.RolePicker;
import cl.slep.encuentros.bot.internal.conversation.Step;
import cl.slep.encuentros.bot.internal.conversation.TextInput;
import cl.slep.encuentros.bot.internal.conversation.Transition;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.EstablishmentView;
import cl.slep.encuentros.participants.FullName;
import cl.slep.encuentros.participants.RoleOther;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The questions of registration, each a small function of the draft and the answer. Profile edits ask the same
 * questions; which one follows which is the flows' business, not the steps'.
 */
final class RegistrationSteps {

    static final String CONSENT = "consent";
    static final String NAME = "name";
    static final String ESTABLISHMENT = "est";
    static final String ESTABLISHMENT_FREE = "estfree";
    static final String ROLE = "role";
    static final String ROLE_OTHER = "roleother";
    static final String NETWORKS = "net";
    static final String SUMMARY = "summary";
    static final String FIX = "fix";

    private static final int MAX_MATCHES = 8;

    private final Texts texts;
    private final CatalogueView catalogue;
    private final Clock clock;
    private final NetworkPicker<RegistrationDraft> networkPicker;
    private final NetworkPicker<RegistrationDraft> currentNetworksPicker;

    RegistrationSteps(Texts texts, CatalogueView catalogue, Clock clock) {
        this.texts = texts;
        this.catalogue = catalogue;
        this.clock = clock;
        this.networkPicker = new NetworkPicker<>(NETWORKS, texts, catalogue.networks(),
                draft -> texts.get("reg.ask_networks"), RegistrationDraft::networks, RegistrationDraft::withNetworks,
                "reg.networks.done", "reg.networks.none");
        this.currentNetworksPicker = new NetworkPicker<>(NETWORKS, texts, catalogue.networks(),
                draft -> texts.get("profile.ask_networks"), RegistrationDraft::networks, RegistrationDraft::withNetworks,
                "reg.networks.done", "reg.networks.none");
    }

    List<Step<RegistrationDraft>> all() {
        return List.of(consent(), name(), establishment(), establishmentNotListed(), role(), roleOther(), networks(),
                summary(), fix());
    }

    /** The step that asks a profile field. */
    static String stepOf(ProfileField field) {
        return switch (field) {
            case NAME -> NAME;
            case ESTABLISHMENT -> ESTABLISHMENT;
            case ROLE -> ROLE;
            case NETWORKS -> NETWORKS;
        };
    }

    Step<RegistrationDraft> consent() {
        return Step.<RegistrationDraft>named(CONSENT)
                .asking((draft, turn) -> notice(turn))
                .reasking((draft, turn) -> new Prompt(texts.get("reg.privacy.short"), new InlineKeyboard(List.of(
                        List.of(inline(texts.get("reg.accept"), new YesNo(turn, true)),
                                inline(texts.get("reg.decline"), new YesNo(turn, false))),
                        List.of(inline(texts.get("reg.privacy.full"), new ShowMore(turn)))))))
                .onTap((draft, tap) -> {
                    if (tap instanceof ShowMore) {
                        return Transition.send(draft, notice(tap.turn()));
                    }
                    if (!(tap instanceof YesNo answer)) {
                        return Transition.stale();
                    }
                    return answer.yes() ? Transition.complete(draft.consented(clock.instant()), texts.get("reg.accept"))
                            : Transition.abandon(texts.get("reg.decline"), texts.get("reg.declined"));
                });
    }

    private Prompt notice(int turn) {
        return new Prompt(texts.get("reg.privacy"), InlineKeyboard.row(
                inline(texts.get("reg.accept"), new YesNo(turn, true)),
                inline(texts.get("reg.decline"), new YesNo(turn, false))));
    }

    Step<RegistrationDraft> name() {
        return Step.<RegistrationDraft>named(NAME)
                .asking((draft, turn) -> Prompt.text(texts.get("reg.ask_name")))
                .onText((draft, input) -> {
                    Optional<FullName.Problem> problem = FullName.problem(input.text());
                    if (problem.isPresent()) {
                        return Transition.problem(texts.get("reg.name." + problem.get().name().toLowerCase(Locale.ROOT)));
                    }
                    String name = FullName.normalise(input.text());
                    if (!name.contains(" ")) {
                        // Staff recognise people by name and surname; a single word is most often a first name.
                        return Transition.problem(texts.get("reg.name.one_word"));
                    }
                    return Transition.complete(draft.withName(name));
                });
    }

    Step<RegistrationDraft> establishment() {
        return Step.<RegistrationDraft>named(ESTABLISHMENT)
                .asking((draft, turn) -> Prompt.text(texts.get("reg.ask_establishment")))
                .onText(this::search)
                .onTap((draft, tap) -> {
                    if (tap instanceof NotListed) {
                        return Transition.go(ESTABLISHMENT_FREE, draft, texts.get("reg.establishment.not_listed"));
                    }
                    if (tap instanceof EstablishmentChoice choice) {
                        return catalogue.establishment().apply(choice.establishmentId())
                                .<Transition<RegistrationDraft>>map(found -> Transition.complete(
                                        draft.withEstablishment(found.id()), Texts.html(found.name())))
                                .orElseGet(Transition::stale);
                    }
                    return Transition.stale();
                });
    }

    private Transition<RegistrationDraft> search(RegistrationDraft draft, TextInput input) {
        String query = input.text().strip();
        if (query.length() < 3 && !query.matches("\\d+")) {
            return Transition.notice(texts.get("reg.establishment.too_short"));
        }
        // One more than shown, to know whether the list was cut.
        List<EstablishmentView> found = catalogue.search().apply(query, MAX_MATCHES + 1);
        List<EstablishmentView> matches = found.subList(0, Math.min(found.size(), MAX_MATCHES));
        Prompt results = results(query, matches, input.turn());
        if (found.size() > MAX_MATCHES) {
            results = new Prompt(results.html() + "\n\n" + texts.get("reg.establishment.more"), results.keyboard());
        }
        return Transition.send(draft, results);
    }

    private Prompt results(String query, List<EstablishmentView> matches, int turn) {
        List<List<InlineButton>> rows = new ArrayList<>();
        for (EstablishmentView match : matches) {
            rows.add(List.of(inline(match.name() + " (" + match.commune() + ")", new EstablishmentChoice(turn, match.id()))));
        }
        rows.add(List.of(inline(texts.get("reg.establishment.not_listed"), new NotListed(turn))));
        String message = matches.isEmpty() ? texts.get("reg.establishment.none", Texts.echo(query))
                : texts.get("reg.establishment.matches", Texts.echo(query));
        return new Prompt(message, new InlineKeyboard(rows));
    }

    Step<RegistrationDraft> establishmentNotListed() {
        return Step.<RegistrationDraft>named(ESTABLISHMENT_FREE)
                .asking((draft, turn) -> Prompt.text(texts.get("reg.ask_establishment_free")))
                .onText((draft, input) -> {
                    String name = FullName.cleanText(input.text());
                    if (name.length() < 3 || name.length() > 200) {
                        return Transition.problem(texts.get("reg.establishment_free.invalid"));
                    }
                    return Transition.complete(draft.withEstablishmentNotListed(name));
                });
    }

    Step<RegistrationDraft> role() {
        return new RolePicker<>(ROLE, texts, catalogue.roles(), draft -> texts.get("reg.ask_role"),
                (draft, role) -> draft.withRole(role.role(), catalogue.usualNetworks(role)));
    }

    /** After "Otro": which one. Cleaned as names are, since staff read it beside the name. */
    Step<RegistrationDraft> roleOther() {
        return Step.<RegistrationDraft>named(ROLE_OTHER)
                .asking((draft, turn) -> Prompt.text(texts.get("reg.ask_role_other")))
                .onText((draft, input) -> RoleOther.normalise(input.text())
                        .<Transition<RegistrationDraft>>map(
                                written -> Transition.complete(draft.withRoleOther(written)))
                        .orElseGet(() -> Transition.problem(texts.get("reg.role_other.invalid",
                                RoleOther.MIN_LENGTH, RoleOther.MAX_LENGTH))));
    }

    Step<RegistrationDraft> networks() {
        return networkPicker;
    }

    /** The same question in /perfil, where the ticks are the person's current networks. */
    Step<RegistrationDraft> currentNetworks() {
        return currentNetworksPicker;
    }

    Step<RegistrationDraft> summary() {
        return Step.<RegistrationDraft>named(SUMMARY)
                .asking((draft, turn) -> new Prompt(summaryText(draft), InlineKeyboard.row(
                        inline(texts.get("reg.confirm"), new YesNo(turn, true)),
                        inline(texts.get("reg.fix"), new YesNo(turn, false)))))
                .onTap((draft, tap) -> {
                    if (!(tap instanceof YesNo answer)) {
                        return Transition.stale();
                    }
                    if (answer.yes() && draft.role() != null && !catalogue.offers(draft.role())) {
                        // A draft started before the role left roles.csv: ask it again rather than fail on saving.
                        return Transition.go(ROLE, draft.correcting(), texts.get("reg.role.unknown"));
                    }
                    return answer.yes() ? Transition.complete(draft, texts.get("reg.confirm"))
                            : Transition.go(FIX, draft.correcting(), texts.get("reg.fix"));
                });
    }

    Step<RegistrationDraft> fix() {
        return Step.<RegistrationDraft>named(FIX)
                .asking((draft, turn) -> new Prompt(texts.get("reg.ask_fix"), new InlineKeyboard(List.of(
                        List.of(fieldButton(ProfileField.NAME, turn), fieldButton(ProfileField.ESTABLISHMENT, turn)),
                        List.of(fieldButton(ProfileField.ROLE, turn), fieldButton(ProfileField.NETWORKS, turn)),
                        List.of(inline(texts.get("reg.fix.nothing"), new YesNo(turn, false)))))))
                .onTap((draft, tap) -> {
                    if (tap instanceof FieldChoice choice) {
                        return Transition.go(stepOf(choice.field()), draft, fieldLabel(choice.field()));
                    }
                    return tap instanceof YesNo ? Transition.go(SUMMARY, draft, texts.get("reg.fix.nothing"))
                            : Transition.stale();
                });
    }

    String fieldLabel(ProfileField field) {
        return texts.get("reg.field." + field.name().toLowerCase(Locale.ROOT));
    }

    private InlineButton fieldButton(ProfileField field, int turn) {
        return inline(fieldLabel(field), new FieldChoice(turn, field));
    }

    String summaryText(RegistrationDraft draft) {
        String establishment = draft.establishmentId() == null
                ? draft.establishmentFreeText() + " " + texts.get("reg.establishment.pending")
                : catalogue.establishment().apply(draft.establishmentId()).map(EstablishmentView::name).orElse("");
        return texts.get("reg.summary", Texts.html(draft.name()), Texts.html(establishment),
                Texts.html(draft.role() == null ? "" : catalogue.roleLabel(draft.role(), draft.roleOther())),
                Texts.html(networkPicker.names(draft.networks())));
    }
}
