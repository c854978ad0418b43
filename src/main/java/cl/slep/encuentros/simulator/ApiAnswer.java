package cl.slep.encuentros.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** An answer in Telegram's envelope; {@code status} is also the HTTP status, as Telegram does. */
record ApiAnswer(int status, Object result, String description, Integer retryAfter) {

    static ApiAnswer ok(Object result) {
        return new ApiAnswer(200, result, null, null);
    }

    static ApiAnswer error(int status, String description) {
        return new ApiAnswer(status, null, description, null);
    }

    static ApiAnswer error(int status, String description, Integer retryAfter) {
        return new ApiAnswer(status, null, description, retryAfter);
    }

    static ApiAnswer tooManyRequests(long retryAfter) {
        return new ApiAnswer(429, null, "Too Many Requests: retry after " + retryAfter, (int) retryAfter);
    }

    boolean isOk() {
        return status == 200;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (isOk()) {
            body.put("ok", true);
            body.put("result", result);
        } else {
            body.put("ok", false);
            body.put("error_code", status);
            body.put("description", description);
            if (retryAfter != null) {
                body.put("parameters", Map.of("retry_after", retryAfter));
            }
        }
        return body;
    }
}
