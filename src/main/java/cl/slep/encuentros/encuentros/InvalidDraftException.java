package cl.slep.encuentros.encuentros;

import java.util.List;

/** A draft that breaks one or more rules; {@link Encuentros#validate} tells the same without throwing. */
public class InvalidDraftException extends RuntimeException {

    private final transient List<DraftProblem> problems;

    public InvalidDraftException(List<DraftProblem> problems) {
        super("Invalid encuentro: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<DraftProblem> problems() {
        return problems;
    }
}
