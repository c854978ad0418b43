package cl.slep.encuentros.encuentros;

/** An encuentro a person is invited to, with their invitation, for {@code /encuentros}. */
public record Upcoming(EncuentroView encuentro, InvitationView invitation) {
}
