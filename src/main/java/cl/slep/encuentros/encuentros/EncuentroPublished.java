package cl.slep.encuentros.encuentros;

/** An encuentro was published; its invitations follow as {@link InvitationsIssued}. */
public record EncuentroPublished(long encuentroId, int invited) {
}
