package cl.slep.encuentros.bot.internal;

/** Starts registration for someone the bot does not know (implemented by the registration conversation). */
public interface RegistrationStarter {

    void start(Incoming in);
}
