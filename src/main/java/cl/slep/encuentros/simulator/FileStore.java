package cl.slep.encuentros.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Files by file_id, shared by all bots of one emulator (a file_id is unique across Telegram too).
 * Ids look like Telegram's so that code which inspects or stores them sees realistic values. Contents live in a
 * temporary directory of the emulator's own, not in the heap: Telegram takes documents of 50 MB.
 */
final class FileStore implements AutoCloseable {

    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();
    private volatile Path directory;

    StoredFile get(String fileId) {
        return fileId == null ? null : files.get(fileId);
    }

    /** A new empty file in the emulator's directory, for an upload on its way in. */
    Path newSpoolFile() throws IOException {
        return Files.createTempFile(directory(), "subida-", ".tmp");
    }

    /** Keeps an uploaded file: its content moves into the store, so the upload's own file is gone afterwards. */
    StoredFile document(UploadedFile upload, String mimeType) {
        return put(new StoredFile(newId("BQACAgEAAxkDAAI"), newUniqueId(), upload.fileName(), mimeType,
                keep(upload.content()), upload.size(), 0, 0));
    }

    /** A file Telegram would have to fetch from a URL; the emulator has no internet, so only the name is known. */
    StoredFile remote(String fileName, String mimeType) {
        return put(new StoredFile(newId("BQACAgEAAxkDAAI"), newUniqueId(), fileName, mimeType, null, 0, 0, 0));
    }

    /** Telegram stores a photo in several sizes, smallest first; here they all share the original bytes. */
    List<StoredFile> photo(UploadedFile upload, int width, int height) {
        return photo(keep(upload.content()), upload.size(), width, height);
    }

    /** A photo without content (a simulated user's, or one Telegram would fetch from a URL). */
    List<StoredFile> photo(int width, int height) {
        return photo(null, 0, width, height);
    }

    private List<StoredFile> photo(Path content, long length, int width, int height) {
        String mimeType = imageType(content);
        List<StoredFile> sizes = new ArrayList<>();
        for (int side : new int[] {90, 320, 800}) {
            if (Math.max(width, height) > side) {
                double scale = (double) side / Math.max(width, height);
                int w = Math.max(1, (int) Math.round(width * scale));
                int h = Math.max(1, (int) Math.round(height * scale));
                long size = content == null ? 0 : Math.max(1, Math.round(length * scale * scale));
                sizes.add(put(new StoredFile(newId("AgACAgEAAxkDAAI"), newUniqueId(), null, mimeType, content, size, w, h)));
            }
        }
        sizes.add(put(new StoredFile(newId("AgACAgEAAxkDAAI"), newUniqueId(), null, mimeType, content,
                length, width, height)));
        return sizes;
    }

    /** A sticker or voice note a simulated user sends: an id and a size, no content. */
    StoredFile media(String prefix, String mimeType, long size) {
        return put(new StoredFile(newId(prefix), newUniqueId(), null, mimeType, null, size, 512, 512));
    }

    /** Telegram re-encodes photos as JPEG; the emulator keeps the original, so it says what it really is. */
    private static String imageType(Path content) {
        byte[] bytes = new byte[12];
        if (content == null) {
            return "image/jpeg";
        }
        try (InputStream in = Files.newInputStream(content)) {
            if (in.readNBytes(bytes, 0, 12) < 12) {
                return "image/jpeg";
            }
        } catch (IOException e) {
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
        List<Path> contents = files.values().stream().map(StoredFile::content).filter(Objects::nonNull).distinct().toList();
        files.clear();
        contents.forEach(ApiRequestReader::deleteQuietly);
    }

    @Override
    public void close() {
        files.clear();
        Path dir = directory;
        if (dir != null) {
            try (Stream<Path> all = Files.list(dir)) {
                all.forEach(ApiRequestReader::deleteQuietly);
            } catch (IOException e) {
                // the operating system's temporary directory is cleaned eventually
            }
            ApiRequestReader.deleteQuietly(dir);
        }
    }

    private Path keep(Path upload) {
        try {
            Path kept = Files.createTempFile(directory(), "archivo-", ".bin");
            return Files.move(upload, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path directory() throws IOException {
        Path dir = directory;
        if (dir == null) {
            synchronized (this) {
                if (directory == null) {
                    directory = Files.createTempDirectory("simulador-telegram-");
                }
                dir = directory;
            }
        }
        return dir;
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
