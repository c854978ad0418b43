package cl.slep.encuentros.bot.internal.buttons;

/**
 * The callback data of one kind of inline button, as a typed record (like aiogram's {@code CallbackData}). Each
 * type is annotated with {@link ButtonType}; {@link ButtonCodec} packs its components into the callback string and
 * unpacks them, refusing anything malformed. Components may be {@code long}, {@code int}, {@code boolean} or an
 * enum, so the worst-case length of every type is known and checked against Telegram's 64 bytes by a unit test.
 */
public interface Button {
}
