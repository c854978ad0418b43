package cl.slep.encuentros.bot.internal.conversation;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.bot.internal.buttons.StepButton;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.NetworkToggle;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.PickerDone;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.NetworkView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The step that picks one or more networks with toggle buttons and "Listo", used by registration, profile edits and
 * staff (and later encuentros and broadcasts). A flow gives it the question and how its state holds the selection.
 */
public record NetworkPicker<S>(String name, Texts texts, Supplier<List<NetworkView>> networks,
        Function<S, String> question, Function<S, Set<Long>> selected, BiFunction<S, Set<Long>, S> select,
        String doneLabelKey, String noneKey, Function<S, Set<Long>> offered) implements Step<S> {

    /** A picker offering every network. */
    public NetworkPicker(String name, Texts texts, Supplier<List<NetworkView>> networks,
            Function<S, String> question, Function<S, Set<Long>> selected, BiFunction<S, Set<Long>, S> select,
            String doneLabelKey, String noneKey) {
        this(name, texts, networks, question, selected, select, doneLabelKey, noneKey, state -> null);
    }

    /** The networks this state may choose from, in the catalogue's order ({@code offered} null: all). */
    private List<NetworkView> networks(S state) {
        Set<Long> allowed = offered.apply(state);
        return allowed == null ? networks.get()
                : networks.get().stream().filter(network -> allowed.contains(network.id())).toList();
    }

    @Override
    public Prompt prompt(S state, int turn) {
        Set<Long> chosen = selected.apply(state);
        List<List<InlineButton>> rows = new ArrayList<>();
        for (NetworkView network : networks(state)) {
            String mark = texts.get(chosen.contains(network.id()) ? "picker.selected" : "picker.unselected", network.name());
            rows.add(List.of(ButtonCodec.inline(mark, new NetworkToggle(turn, network.id()))));
        }
        rows.add(List.of(ButtonCodec.inline(texts.get(doneLabelKey), new PickerDone(turn))));
        return new Prompt(question.apply(state), new InlineKeyboard(rows));
    }

    @Override
    public Transition<S> onTap(S state, StepButton button) {
        Set<Long> chosen = new LinkedHashSet<>(selected.apply(state));
        if (button instanceof PickerDone) {
            return chosen.isEmpty() ? Transition.notice(texts.get(noneKey))
                    : Transition.complete(state, Texts.html(names(chosen)));
        }
        if (button instanceof NetworkToggle toggle
                && networks(state).stream().anyMatch(network -> network.id() == toggle.networkId())) {
            if (!chosen.remove(toggle.networkId())) {
                chosen.add(toggle.networkId());
            }
            return Transition.refresh(select.apply(state, chosen));
        }
        return Transition.stale();
    }

    /** The chosen networks' names in the catalogue's order. */
    public String names(Set<Long> ids) {
        return networks.get().stream().filter(network -> ids.contains(network.id())).map(NetworkView::name)
                .collect(Collectors.joining(", "));
    }
}
