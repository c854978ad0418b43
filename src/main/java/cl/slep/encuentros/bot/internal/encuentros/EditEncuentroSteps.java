package cl.slep.encuentros.bot.internal.encuentros;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.EncuentroFieldChoice;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.EncuentroFieldChoice.EncuentroField;
import cl.slep.encuentros.bot.internal.buttons.StepButton;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.NetworkToggle;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.Skip;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.YesNo;
import cl.slep.encuentros.bot.internal.conversation.Prompt;
import cl.slep.encuentros.bot.internal.conversation.Step;
import cl.slep.encuentros.bot.internal.conversation.TextInput;
import cl.slep.encuentros.bot.internal.conversation.Transition;
import cl.slep.encuentros.encuentros.EncuentroView;
import cl.slep.encuentros.encuentros.Encuentros;
import cl.slep.encuentros.encuentros.Rsvp;
import cl.slep.encuentros.encuentros.Schedule;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.Participants;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The two questions of its own an edit asks: what to change, and whether to keep the result. The answers in
 * between are /nuevo_encuentro's questions. The confirmation says what changes (old → new) and who will be told.
 */
final class EditEncuentroSteps {

    static final String CHOOSE = "choose";
    static final String CONFIRM = "confirm";

    private final Texts texts;
    private final InvitationCards cards;
    private final Encuentros encuentros;
    private final Rsvp rsvp;
    private final Participants participants;

    EditEncuentroSteps(Texts texts, InvitationCards cards, Encuentros encuentros, Rsvp rsvp, Participants participants) {
        this.participants = participants;
        this.texts = texts;
        this.cards = cards;
        this.encuentros = encuentros;
        this.rsvp = rsvp;
    }

    Step<EditEncuentroState> choose() {
        return Step.<EditEncuentroState>named(CHOOSE)
                .asking((state, turn) -> new Prompt(texts.get("edit.ask.field", Texts.html(state.draft().title())),
                        fields(turn)))
                .onTap((state, button) -> {
                    if (button instanceof Skip) {
                        return Transition.abandon(texts.get("edit.nothing"), texts.get("edit.abandoned"));
                    }
                    if (!(button instanceof EncuentroFieldChoice)) {
                        return Transition.stale();
                    }
                    EncuentroField field = ((EncuentroFieldChoice) button).field();
                    return Transition.complete(state.changing(field), label(field));
                });
    }

    /**
     * The network picker, except that a published encuentro's networks stay: their members hold the invitation
     * (un-inviting them would need a notice of its own). Networks can be added, and their members are invited.
     */
    Step<EditEncuentroState> keepingInvitedNetworks(Step<EditEncuentroState> picker) {
        return new Step<>() {
            @Override
            public String name() {
                return picker.name();
            }

            @Override
            public Prompt prompt(EditEncuentroState state, int turn) {
                Prompt prompt = picker.prompt(state, turn);
                return state.draft().publish() ? new Prompt(texts.get("edit.networks.published"), prompt.keyboard())
                        : prompt;
            }

            @Override
            public Transition<EditEncuentroState> onText(EditEncuentroState state, TextInput input) {
                return picker.onText(state, input);
            }

            @Override
            public Transition<EditEncuentroState> onTap(EditEncuentroState state, StepButton button) {
                if (button instanceof NetworkToggle toggle && state.draft().publish()
                        && invitedNetworks(state).contains(toggle.networkId())) {
                    return Transition.notice(texts.get("edit.networks.keep"));
                }
                return picker.onTap(state, button);
            }
        };
    }

    private Set<Long> invitedNetworks(EditEncuentroState state) {
        return encuentros.find(state.encuentroId()).map(EncuentroView::networkIds).orElse(Set.of());
    }

    Step<EditEncuentroState> confirm() {
        return Step.<EditEncuentroState>named(CONFIRM)
                .asking((state, turn) -> new Prompt(summary(state), saveOrKeep(turn)))
                .reasking((state, turn) -> new Prompt(texts.get("edit.confirm.question"), saveOrKeep(turn)))
                .onText((state, input) -> Transition.useButtons())
                .onTap((state, button) -> {
                    if (!(button instanceof YesNo)) {
                        return Transition.stale();
                    }
                    return ((YesNo) button).yes() ? Transition.complete(state, texts.get("edit.save"))
                            : Transition.abandon(texts.get("edit.keep"), texts.get("edit.abandoned"));
                });
    }

    private String summary(EditEncuentroState state) {
        NewEncuentroDraft draft = state.draft();
        StringBuilder text = new StringBuilder(texts.get("edit.confirm.intro"));
        Optional<EncuentroView> current = encuentros.find(state.encuentroId());
        List<String> changes = current.map(before -> changes(before, draft)).orElse(List.of());
        if (changes.isEmpty()) {
            text.append("\n\n").append(texts.get("edit.confirm.same"));
        } else {
            text.append("\n\n").append(String.join("\n", changes));
        }
        text.append("\n\n").append(cards.details(draft.title(), draft.start(), draft.end(), draft.venue(),
                draft.address(), draft.networks(), draft.description()));
        if (draft.capacity() != null) {
            text.append('\n').append(texts.get("newenc.preview.capacity", draft.capacity()));
        }
        boolean announced = current.isPresent() && draft.publish() && isAnnounced(current.get(), draft);
        if (announced) {
            text.append("\n\n").append(texts.get("edit.confirm.will_tell", rsvp.toNotifyOfChange(state.encuentroId()).size()));
        }
        if (current.isPresent() && draft.publish() && !current.get().networkIds().containsAll(draft.networks())) {
            text.append("\n\n").append(texts.get("edit.confirm.will_invite"));
        }
        text.append("\n\n").append(texts.get("edit.confirm.question"));
        return text.toString();
    }

    private List<String> changes(EncuentroView before, NewEncuentroDraft after) {
        List<String> lines = new ArrayList<>(cards.scheduleChanges(before.schedule(), schedule(after)));
        if (!Objects.equals(before.title(), after.title())) {
            lines.add(texts.get("change.title", Texts.html(before.title()), Texts.html(after.title())));
        }
        if (!Objects.equals(before.description(), after.description())) {
            lines.add(texts.get("change.description"));
        }
        if (!before.networkIds().equals(after.networks())) {
            lines.add(texts.get("change.networks", Texts.html(String.join(", ", participants.networkNames(
                    before.networkIds()))), Texts.html(String.join(", ", participants.networkNames(after.networks())))));
        }
        if (!Objects.equals(before.capacity(), after.capacity())) {
            lines.add(texts.get("change.capacity", capacity(before.capacity()), capacity(after.capacity())));
        }
        return lines;
    }

    /** A change of date, time or venue is announced to the invitees; of anything else, not. */
    static boolean isAnnounced(EncuentroView before, NewEncuentroDraft after) {
        Schedule will = schedule(after);
        return before.schedule().timeChanged(will) || before.schedule().venueChanged(will);
    }

    private static Schedule schedule(NewEncuentroDraft draft) {
        return new Schedule(draft.start(), draft.end(), draft.venue(), draft.address(), draft.latitude(),
                draft.longitude());
    }

    private InlineKeyboard saveOrKeep(int turn) {
        return InlineKeyboard.row(ButtonCodec.inline(texts.get("edit.save"), new YesNo(turn, true)),
                ButtonCodec.inline(texts.get("edit.keep"), new YesNo(turn, false)));
    }

    private String capacity(Integer capacity) {
        return capacity == null ? texts.get("change.no_capacity") : String.valueOf(capacity);
    }

    private InlineKeyboard fields(int turn) {
        return new InlineKeyboard(List.of(
                List.of(ButtonCodec.inline(label(EncuentroField.WHEN), new EncuentroFieldChoice(turn, EncuentroField.WHEN)),
                        ButtonCodec.inline(label(EncuentroField.VENUE), new EncuentroFieldChoice(turn, EncuentroField.VENUE))),
                List.of(ButtonCodec.inline(label(EncuentroField.TITLE), new EncuentroFieldChoice(turn, EncuentroField.TITLE)),
                        ButtonCodec.inline(label(EncuentroField.DESCRIPTION),
                                new EncuentroFieldChoice(turn, EncuentroField.DESCRIPTION)),
                        ButtonCodec.inline(label(EncuentroField.CAPACITY),
                                new EncuentroFieldChoice(turn, EncuentroField.CAPACITY))),
                List.of(ButtonCodec.inline(label(EncuentroField.NETWORKS),
                        new EncuentroFieldChoice(turn, EncuentroField.NETWORKS))),
                List.of(ButtonCodec.inline(texts.get("edit.nothing"), new Skip(turn)))));
    }

    private String label(EncuentroField field) {
        return texts.get("edit.field." + field.name().toLowerCase(Locale.ROOT));
    }
}
