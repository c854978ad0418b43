package cl.slep.encuentros.simulator;

/**
 * A file the bot or a user sent. Bytes are kept so that the web chat can open documents and pictures;
 * they are null for files that only exist as ids (a user's simulated sticker, a URL Telegram would fetch).
 */
record StoredFile(String fileId, String fileUniqueId, String fileName, String mimeType, byte[] bytes, long size,
                  int width, int height) {

    boolean hasBytes() {
        return bytes != null;
    }
}
