package cl.slep.encuentros.messaging;

/** A chat marked unreachable wrote to the bot again. */
public record ChatReachableAgain(long chatId) {
}
