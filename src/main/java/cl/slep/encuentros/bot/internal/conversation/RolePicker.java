package cl.slep.encuentros.bot.internal.conversation;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.bot.internal.buttons.StepButton;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.RoleChoice;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.RoleView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The step that picks a person's role at their establishment, two buttons a row, in the catalogue's order. A tap is
 * checked against the catalogue as it is now: a role no longer there is refused and the question asked again.
 */
public record RolePicker<S>(String name, Texts texts, Supplier<List<RoleView>> roles, Function<S, String> question,
        BiFunction<S, RoleView, S> choose) implements Step<S> {

    @Override
    public Prompt prompt(S state, int turn) {
        List<List<InlineButton>> rows = new ArrayList<>();
        List<RoleView> all = roles.get();
        for (int i = 0; i < all.size(); i += 2) {
            List<InlineButton> row = new ArrayList<>();
            for (RoleView role : all.subList(i, Math.min(i + 2, all.size()))) {
                row.add(ButtonCodec.inline(role.label(), new RoleChoice(turn, role.position())));
            }
            rows.add(row);
        }
        return new Prompt(question.apply(state), new InlineKeyboard(rows));
    }

    @Override
    public Transition<S> onTap(S state, StepButton button) {
        if (!(button instanceof RoleChoice choice)) {
            return Transition.stale();
        }
        Optional<RoleView> role = roles.get().stream().filter(known -> known.position() == choice.role()).findFirst();
        if (role.isEmpty()) {
            return Transition.problem(texts.get("reg.role.unknown"));
        }
        return Transition.complete(choose.apply(state, role.get()), Texts.html(role.get().label()));
    }
}
