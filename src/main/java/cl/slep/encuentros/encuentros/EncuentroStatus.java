package cl.slep.encuentros.encuentros;

/** Where an encuentro is in its life; only a published one has invitations. */
public enum EncuentroStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED,
    ENDED
}
