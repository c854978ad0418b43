package cl.slep.encuentros.simulator;

/** Thrown inside a method's implementation to answer with Telegram's error; no stack trace, it is an answer. */
final class ApiError extends RuntimeException {

    private final transient ApiAnswer answer;

    ApiError(int status, String description) {
        this(ApiAnswer.error(status, description));
    }

    ApiError(ApiAnswer answer) {
        super(answer.description(), null, false, false);
        this.answer = answer;
    }

    static ApiError badRequest(String detail) {
        return new ApiError(400, "Bad Request: " + detail);
    }

    ApiAnswer answer() {
        return answer;
    }
}
