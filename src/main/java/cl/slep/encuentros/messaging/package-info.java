/**
 * The outbox of outgoing Telegram messages and the one sender that drains it within Telegram's limits. It knows
 * chats, not people: it depends on no other module, and tells them what Telegram said through events
 * ({@link cl.slep.encuentros.messaging.ChatUnreachable}, {@link cl.slep.encuentros.messaging.ChatReachableAgain}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package cl.slep.encuentros.messaging;
