package cl.slep.encuentros.bot.internal.encuentros;

/** The by-hand check-in conversation: which encuentro, and who marks (every mark re-checks their rights). */
record ManualCheckInState(long encuentroId, long coordinatorTelegramId) {
}
