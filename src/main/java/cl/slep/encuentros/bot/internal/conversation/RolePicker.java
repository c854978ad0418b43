package cl.slep.encuentros.bot.internal.conversation;

import cl.slep.encuentros.bot.internal.Texts;
import cl.slep.encuentros.bot.internal.buttons.ButtonCodec;
import cl.slep.encuentros.bot.internal.buttons.StepButton;
import cl.slep.encuentros.bot.internal.buttons.StepButtons.RoleChoice;
import cl.slep.encuentros.messaging.InlineButton;
import cl.slep.encuentros.messaging.InlineKeyboard;
import cl.slep.encuentros.participants.SchoolRole;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The step that picks a person's role at their establishment, two buttons a row.
 *
 * @param label how a role reads (the catalogue's labels)
 */
public record RolePicker<S>(String name, Function<S, String> question, Function<SchoolRole, String> label,
        BiFunction<S, SchoolRole, S> choose) implements Step<S> {

    @Override
    public Prompt prompt(S state, int turn) {
        List<List<InlineButton>> rows = new ArrayList<>();
        SchoolRole[] roles = SchoolRole.values();
        for (int i = 0; i < roles.length; i += 2) {
            List<InlineButton> row = new ArrayList<>();
            for (int j = i; j < Math.min(i + 2, roles.length); j++) {
                row.add(ButtonCodec.inline(label.apply(roles[j]), new RoleChoice(turn, roles[j])));
            }
            rows.add(row);
        }
        return new Prompt(question.apply(state), new InlineKeyboard(rows));
    }

    @Override
    public Transition<S> onTap(S state, StepButton button) {
        if (button instanceof RoleChoice choice) {
            return Transition.complete(choose.apply(state, choice.role()), Texts.html(label.apply(choice.role())));
        }
        return Transition.stale();
    }
}
