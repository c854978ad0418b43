package cl.slep.encuentros.participants;

/** A network ("red") as other modules and the bot see it; {@code code} is stable, the name may change. */
public record NetworkView(long id, String code, String name, String description) {
}
