package cl.slep.encuentros.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file the bot or a user sent. The content is kept on disk so that the web chat can open documents and
 * pictures; it is null for files that only exist as ids (a user's simulated sticker, a URL Telegram would fetch).
 */
record StoredFile(String fileId, String fileUniqueId, String fileName, String mimeType, Path content, long size,
                  int width, int height) {

    boolean hasBytes() {
        return content != null;
    }

    /** The content, read from disk now; null when there is none. */
    byte[] bytes() {
        if (content == null) {
            return null;
        }
        try {
            return Files.readAllBytes(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
