package cl.slep.encuentros.encuentros;

/** An encuentro reached its end (the scheduler calls {@link Encuentros#end}); surveys hang on it. */
public record EncuentroEnded(long encuentroId) {
}
