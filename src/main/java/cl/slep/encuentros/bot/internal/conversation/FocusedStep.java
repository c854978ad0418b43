package cl.slep.encuentros.bot.internal.conversation;

import cl.slep.encuentros.bot.internal.buttons.StepButton;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A step written for one state used inside a flow with a larger one: it reads and answers its part ({@code get})
 * and the flow's state takes the answer back ({@code set}). So /nuevo_encuentro's questions ask the same things,
 * with the same checks, when a published encuentro is edited.
 */
public record FocusedStep<S, T>(Step<T> inner, Function<S, T> get, BiFunction<S, T, S> set) implements Step<S> {

    public static <S, T> Step<S> of(Step<T> inner, Function<S, T> get, BiFunction<S, T, S> set) {
        return new FocusedStep<>(inner, get, set);
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public Prompt prompt(S state, int turn) {
        return inner.prompt(get.apply(state), turn);
    }

    @Override
    public Prompt reprompt(S state, int turn) {
        return inner.reprompt(get.apply(state), turn);
    }

    @Override
    public Transition<S> onText(S state, TextInput input) {
        return widen(state, inner.onText(get.apply(state), input));
    }

    @Override
    public Transition<S> onTap(S state, StepButton button) {
        return widen(state, inner.onTap(get.apply(state), button));
    }

    private Transition<S> widen(S outer, Transition<T> transition) {
        if (transition instanceof Transition.Complete<T> complete) {
            return new Transition.Complete<>(set.apply(outer, complete.state()), complete.chosen());
        }
        if (transition instanceof Transition.Go<T> go) {
            return new Transition.Go<>(go.step(), set.apply(outer, go.state()), go.chosen());
        }
        if (transition instanceof Transition.Stay<T> stay) {
            return new Transition.Stay<>(stay.state() == null ? null : set.apply(outer, stay.state()), stay.problem(),
                    stay.extra(), stay.reprompt(), stay.refresh());
        }
        Transition.Abandon<T> abandon = (Transition.Abandon<T>) transition;
        return new Transition.Abandon<>(abandon.chosen(), abandon.message());
    }
}
