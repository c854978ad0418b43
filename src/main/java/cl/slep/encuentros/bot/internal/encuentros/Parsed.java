package cl.slep.encuentros.bot.internal.encuentros;

import java.util.Objects;

/** What a parser read: a value, or the reason it could not (an enum the conversation words from the texts). */
public record Parsed<T, P extends Enum<P>>(T value, P problem) {

    public Parsed {
        if ((value == null) == (problem == null)) {
            throw new IllegalArgumentException("Either a value or a problem");
        }
    }

    public static <T, P extends Enum<P>> Parsed<T, P> of(T value) {
        return new Parsed<>(Objects.requireNonNull(value), null);
    }

    public static <T, P extends Enum<P>> Parsed<T, P> problem(P problem) {
        return new Parsed<>(null, Objects.requireNonNull(problem));
    }

    public boolean ok() {
        return problem == null;
    }
}
