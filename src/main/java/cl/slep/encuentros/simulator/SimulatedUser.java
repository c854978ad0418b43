package cl.slep.encuentros.simulator;

import java.util.Objects;

/**
 * A person on the other side of the chat. In a private chat Telegram uses the user's id as the chat id,
 * so {@code id} is also the id of their chat with the bot.
 *
 * @param lastName may be null, as in Telegram
 * @param username may be null, as in Telegram
 */
public record SimulatedUser(long id, String firstName, String lastName, String username) {

    public SimulatedUser {
        if (id <= 0) {
            throw new IllegalArgumentException("Telegram user ids are positive: " + id);
        }
        Objects.requireNonNull(firstName, "firstName");
        if (firstName.isBlank()) {
            throw new IllegalArgumentException("Telegram requires a first name");
        }
    }

    public static SimulatedUser of(long id, String firstName) {
        return new SimulatedUser(id, firstName, null, null);
    }

    public static SimulatedUser of(long id, String firstName, String lastName) {
        return new SimulatedUser(id, firstName, lastName, null);
    }

    public String fullName() {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
    }
}
