/**
 * The one rule that decides whether the bot talks to the real Telegram or to the emulator built into the
 * application. A shared module (declared in {@code @Modulithic(sharedModules)}): the simulator uses it to exist
 * or not, messaging to choose its endpoint, and neither depends on the other for it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package cl.slep.encuentros.runmode;
