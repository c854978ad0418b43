package cl.slep.encuentros.encuentros;

/**
 * The person may not manage this encuentro: a coordinator manages the encuentros of networks they coordinate (all
 * of its networks), an admin any. Buttons and links are never trusted, so the service checks again.
 */
public class EncuentroAccessDenied extends RuntimeException {

    public EncuentroAccessDenied(long telegramUserId, Long encuentroId) {
        super("User " + telegramUserId + " may not manage encuentro " + encuentroId);
    }
}
