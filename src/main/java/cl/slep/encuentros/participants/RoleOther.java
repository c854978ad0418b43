package cl.slep.encuentros.participants;

import java.util.Optional;

/** The rule for the role a person writes after choosing "Otro": cleaned as names are, 3 to 60 characters. */
public final class RoleOther {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 60;

    private RoleOther() {
    }

    /** The text as it is stored and shown to staff, if it is acceptable. */
    public static Optional<String> normalise(String typed) {
        String text = FullName.cleanText(typed);
        boolean hasLetters = text.codePoints().filter(Character::isLetter).count() >= 2;
        return text.length() >= MIN_LENGTH && text.length() <= MAX_LENGTH && hasLetters ? Optional.of(text)
                : Optional.empty();
    }
}
