package cl.slep.encuentros.bot.internal.conversation;

import cl.slep.encuentros.bot.internal.buttons.StepButton;
import java.util.function.BiFunction;

/**
 * One question of a conversation: how it is asked (its buttons carry the turn) and what each answer leads to.
 * Steps are plain functions of the state and the input, unit-tested without Spring.
 */
public interface Step<S> {

    String name();

    Prompt prompt(S state, int turn);

    /** The question asked again (after input that did not answer it); by default the same as the first time. */
    default Prompt reprompt(S state, int turn) {
        return prompt(state, turn);
    }

    default Transition<S> onText(S state, TextInput input) {
        return Transition.useButtons();
    }

    default Transition<S> onTap(S state, StepButton button) {
        return Transition.stale();
    }

    /** A step built from functions: {@code Step.named("name").asking(...).onText(...)}. */
    static <S> Builder<S> named(String name) {
        return new Builder<>(name, null, null, (state, input) -> Transition.useButtons(), (state, tap) -> Transition.stale());
    }

    record Builder<S>(String name, BiFunction<S, Integer, Prompt> asking, BiFunction<S, Integer, Prompt> reasking,
            BiFunction<S, TextInput, Transition<S>> text, BiFunction<S, StepButton, Transition<S>> tap)
            implements Step<S> {

        public Builder<S> asking(BiFunction<S, Integer, Prompt> prompt) {
            return new Builder<>(name, prompt, reasking, text, tap);
        }

        /** A shorter question for the second time (a long notice is not sent again and again). */
        public Builder<S> reasking(BiFunction<S, Integer, Prompt> prompt) {
            return new Builder<>(name, asking, prompt, text, tap);
        }

        public Builder<S> onText(BiFunction<S, TextInput, Transition<S>> onText) {
            return new Builder<>(name, asking, reasking, onText, tap);
        }

        public Builder<S> onTap(BiFunction<S, StepButton, Transition<S>> onTap) {
            return new Builder<>(name, asking, reasking, text, onTap);
        }

        @Override
        public Prompt prompt(S state, int turn) {
            return asking.apply(state, turn);
        }

        @Override
        public Prompt reprompt(S state, int turn) {
            return reasking == null ? asking.apply(state, turn) : reasking.apply(state, turn);
        }

        @Override
        public Transition<S> onText(S state, TextInput input) {
            return text.apply(state, input);
        }

        @Override
        public Transition<S> onTap(S state, StepButton button) {
            return tap.apply(state, button);
        }
    }
}
