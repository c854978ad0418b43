package cl.slep.encuentros.simulator;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the parameters of a Bot API call from the query string and a JSON, form or multipart body, as Telegram's
 * server does: text must be UTF-8, a body that is not an upload is refused before it is read when it is larger
 * than {@link EmulatorCapacity#maxRequestSize()}, and uploaded files go to disk, never whole into the heap.
 * Reads the raw body itself rather than through the servlet's parameter parsing, which would silently replace
 * malformed UTF-8 and read any size of form into memory.
 */
final class ApiRequestReader {

    static final String NOT_UTF8 = "strings must be encoded in UTF-8";
    static final ApiAnswer TOO_LARGE = ApiAnswer.error(413, "Request Entity Too Large");

    /** The request's uploaded files, which the caller deletes once the call is answered (kept ones were moved). */
    record Read(ApiRequest request, List<Path> spooled) {
    }

    private final JsonMapper json;
    private final EmulatorCapacity capacity;
    private final FileStore files;

    ApiRequestReader(JsonMapper json, EmulatorCapacity capacity, FileStore files) {
        this.json = json;
        this.capacity = capacity;
        this.files = files;
    }

    Read read(HttpServletRequest request) throws IOException {
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, UploadedFile> uploads = new HashMap<>();
        List<Path> spooled = new ArrayList<>();
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        try {
            if (contentType.startsWith("multipart/")) {
                readMultipart(request, params, uploads, spooled);
            } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
                parseForm(body(request), params);
            } else if (contentType.startsWith("application/json")) {
                readJson(body(request), params);
            }
            // Query parameters count too; the body wins when both name a parameter.
            String query = request.getQueryString();
            if (query != null) {
                Map<String, Object> fromQuery = new LinkedHashMap<>();
                parseForm(query.getBytes(StandardCharsets.ISO_8859_1), fromQuery);
                fromQuery.forEach(params::putIfAbsent);
            }
        } catch (IOException | RuntimeException e) {
            spooled.forEach(ApiRequestReader::deleteQuietly);
            throw e;
        }
        // Telegram's own convention: the file is the part named after the field ("document", "photo").
        uploads.keySet().forEach(name -> {
            if (name.equals("document") || name.equals("photo")) {
                params.putIfAbsent(name, "attach://" + name);
            }
        });
        params.values().removeIf(Objects::isNull);
        return new Read(new ApiRequest(params, uploads), spooled);
    }

    private byte[] body(HttpServletRequest request) throws IOException {
        long limit = capacity.maxRequestSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw new ApiError(TOO_LARGE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (out.size() + n > limit) {
                    throw new ApiError(TOO_LARGE);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private void readJson(byte[] body, Map<String, Object> params) {
        if (body.length == 0) {
            return;
        }
        utf8(body);
        Object parsed;
        try {
            parsed = json.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw ApiError.badRequest("can't parse JSON object");
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw ApiError.badRequest("can't parse JSON object");
        }
        map.forEach((key, value) -> params.put(String.valueOf(key), value));
    }

    private void readMultipart(HttpServletRequest request, Map<String, Object> params, Map<String, UploadedFile> uploads,
                               List<Path> spooled) throws IOException {
        if (!request.getContentType().toLowerCase(Locale.ROOT).contains("boundary")) {
            throw ApiError.badRequest("boundary not found");
        }
        long limit = capacity.maxDocumentSize().toBytes() + capacity.maxRequestSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw new ApiError(TOO_LARGE);
        }
        for (Part part : parts(request)) {
            if (part.getSubmittedFileName() != null) {
                Path file = files.newSpoolFile();
                spooled.add(file);
                try (InputStream in = part.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                uploads.put(part.getName(), new UploadedFile(part.getName(), part.getSubmittedFileName(),
                        part.getContentType(), file, Files.size(file)));
            } else {
                if (part.getSize() > capacity.maxRequestSize().toBytes()) {
                    throw new ApiError(TOO_LARGE);
                }
                try (InputStream in = part.getInputStream()) {
                    params.put(part.getName(), utf8(in.readAllBytes()));
                }
            }
        }
    }

    /** The servlet container's multipart parsing, with its failures answered as Telegram answers them. */
    private static Iterable<Part> parts(HttpServletRequest request) {
        try {
            return request.getParts();
        } catch (IOException | ServletException | IllegalStateException e) {
            throw isTooLarge(e) ? new ApiError(TOO_LARGE) : ApiError.badRequest("can't parse form data headers");
        }
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException") || name.contains("MaxUploadSize")
                    || t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("exceed")) {
                return true;
            }
        }
        return false;
    }

    /** application/x-www-form-urlencoded (and query strings): '+' is a space, %XX a byte, the bytes UTF-8. */
    private static void parseForm(byte[] body, Map<String, Object> params) {
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '&') {
                if (i > start) {
                    int equals = start;
                    while (equals < i && body[equals] != '=') {
                        equals++;
                    }
                    String name = decode(body, start, equals);
                    String value = equals < i ? decode(body, equals + 1, i) : "";
                    params.putIfAbsent(name, value);
                }
                start = i + 1;
            }
        }
    }

    private static String decode(byte[] bytes, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%' && i + 2 < to && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return utf8(out.toByteArray());
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest(NOT_UTF8);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is removed with the emulator's directory
        }
    }
}
