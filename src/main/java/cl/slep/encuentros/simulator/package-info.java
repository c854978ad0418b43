/**
 * A Telegram Bot API that runs inside the application: the demo's Telegram when no bot token is configured,
 * and the tests' Telegram. It answers at {@code /bot{token}/{method}} as api.telegram.org does (errors, limits
 * and all), keeps one {@link cl.slep.encuentros.simulator.EmulatedBot} per token, and serves a web chat at
 * {@code /simulador} where one can act as several people.
 *
 * <p>The rest of the application talks to it only over HTTP, through the same TelegramBots client it uses
 * against the real Telegram. Tests drive the people's side through {@link cl.slep.encuentros.simulator.EmulatedBot}.
 *
 * <p>It depends on no module and none depends on it (beyond the shared run-mode rule): both sides speak HTTP.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package cl.slep.encuentros.simulator;
