package cl.slep.encuentros.simulator;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files by file_id, shared by all bots of one emulator (a file_id is unique across Telegram too).
 * Ids look like Telegram's so that code which inspects or stores them sees realistic values.
 */
final class FileStore {

    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();

    StoredFile get(String fileId) {
        return fileId == null ? null : files.get(fileId);
    }

    StoredFile document(byte[] bytes, String fileName, String mimeType) {
        return put(new StoredFile(newId("BQACAgEAAxkDAAI"), newUniqueId(), fileName, mimeType, bytes, bytes.length, 0, 0));
    }

    /** A file Telegram would have to fetch from a URL; the emulator has no internet, so only the name is known. */
    StoredFile remote(String fileName, String mimeType) {
        return put(new StoredFile(newId("BQACAgEAAxkDAAI"), newUniqueId(), fileName, mimeType, null, 0, 0, 0));
    }

    /** Telegram stores a photo in several sizes, smallest first; here they all share the original bytes. */
    List<StoredFile> photo(byte[] bytes, int width, int height) {
        String mimeType = imageType(bytes);
        List<StoredFile> sizes = new ArrayList<>();
        for (int side : new int[] {90, 320, 800}) {
            if (Math.max(width, height) > side) {
                double scale = (double) side / Math.max(width, height);
                int w = Math.max(1, (int) Math.round(width * scale));
                int h = Math.max(1, (int) Math.round(height * scale));
                long size = bytes == null ? 0 : Math.max(1, Math.round(bytes.length * scale * scale));
                sizes.add(put(new StoredFile(newId("AgACAgEAAxkDAAI"), newUniqueId(), null, mimeType, bytes, size, w, h)));
            }
        }
        sizes.add(put(new StoredFile(newId("AgACAgEAAxkDAAI"), newUniqueId(), null, mimeType, bytes,
                bytes == null ? 0 : bytes.length, width, height)));
        return sizes;
    }

    /** A sticker or voice note a simulated user sends: an id and a size, no content. */
    StoredFile media(String prefix, String mimeType, long size) {
        return put(new StoredFile(newId(prefix), newUniqueId(), null, mimeType, null, size, 512, 512));
    }

    /** Telegram re-encodes photos as JPEG; the emulator keeps the original, so it says what it really is. */
    private static String imageType(byte[] bytes) {
        if (bytes == null || bytes.length < 12) {
            return "image/jpeg";
        }
        if ((bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        if (bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F') {
            return "image/gif";
        }
        if (bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F' && bytes[8] == 'W') {
            return "image/webp";
        }
        if (bytes[0] == 'B' && bytes[1] == 'M') {
            return "image/bmp";
        }
        return "image/jpeg";
    }

    void clear() {
        files.clear();
    }

    private StoredFile put(StoredFile file) {
        files.put(file.fileId(), file);
        return file;
    }

    private static String newId(String prefix) {
        return prefix + randomText(54);
    }

    private static String newUniqueId() {
        return "AgAD" + randomText(12);
    }

    private static String randomText(int length) {
        byte[] random = new byte[length];
        ThreadLocalRandom.current().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).substring(0, length);
    }
}
