package cl.slep.encuentros.encuentros;

/** A published encuentro was cancelled: those who had not declined are told; every job of it goes. */
public record EncuentroCancelled(long encuentroId) {
}
