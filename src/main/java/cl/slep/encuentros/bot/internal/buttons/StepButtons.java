package cl.slep.encuentros.bot.internal.buttons;

import java.util.List;

/** The buttons conversation steps offer. Each carries the turn of the question it answers. */
public final class StepButtons {

    public static final List<Class<? extends Button>> TYPES = List.of(YesNo.class, EstablishmentChoice.class,
            NotListed.class, RoleChoice.class, NetworkToggle.class, PickerDone.class, FieldChoice.class, ShowMore.class,
            PersonChoice.class, Skip.class, DraftDecision.class, EncuentroFieldChoice.class);

    private StepButtons() {
    }

    /** The two answers of a yes/no question (accept the notice, confirm a summary). */
    @ButtonType(prefix = "yn")
    public record YesNo(int turn, boolean yes) implements StepButton {
    }

    @ButtonType(prefix = "es")
    public record EstablishmentChoice(int turn, long establishmentId) implements StepButton {
    }

    @ButtonType(prefix = "nl")
    public record NotListed(int turn) implements StepButton {
    }

    /**
     * A role by its place in the catalogue ({@code RoleView.position()}): a code could outgrow the 64 bytes. The step
     * looks it up again when tapped.
     */
    @ButtonType(prefix = "ro")
    public record RoleChoice(int turn, int role) implements StepButton {
    }

    @ButtonType(prefix = "nt")
    public record NetworkToggle(int turn, long networkId) implements StepButton {
    }

    @ButtonType(prefix = "dn")
    public record PickerDone(int turn) implements StepButton {
    }

    /** Shows the whole text a short re-prompt stands for (the privacy notice). */
    @ButtonType(prefix = "more")
    public record ShowMore(int turn) implements StepButton {
    }

    /** A person found by name (an admin naming a coordinator); the step checks the id against its search. */
    @ButtonType(prefix = "pc")
    public record PersonChoice(int turn, long telegramUserId) implements StepButton {
    }

    @ButtonType(prefix = "fx")
    public record FieldChoice(int turn, ProfileField field) implements StepButton {
    }

    /** The fields of a participant's profile, each changed with the step registration asks it with. */
    public enum ProfileField {
        NAME, ESTABLISHMENT, ROLE, NETWORKS
    }

    /** [Omitir] / [Sin cupo] under an optional question. */
    @ButtonType(prefix = "sk")
    public record Skip(int turn) implements StepButton {
    }

    /** What to do with a previewed draft. */
    @ButtonType(prefix = "dd")
    public record DraftDecision(int turn, Decision decision) implements StepButton {

        public enum Decision { PUBLISH, SAVE, DISCARD }
    }

    /** What a coordinator changes in an encuentro. */
    @ButtonType(prefix = "ef")
    public record EncuentroFieldChoice(int turn, EncuentroField field) implements StepButton {

        public enum EncuentroField { WHEN, VENUE, TITLE, DESCRIPTION, CAPACITY, NETWORKS }
    }
}
