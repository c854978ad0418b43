package cl.slep.encuentros.participants;

/** An establishment as other modules and the bot see it; {@code commune} is "Iquique" or "Alto Hospicio". */
public record EstablishmentView(long id, int rbd, String name, String commune) {
}
