package io.github.bitget4j.testkit.internal;

/** A Bitget error answer: HTTP status, Bitget code and message. Thrown by endpoints, turned into an envelope. */
final class ApiError extends RuntimeException {

    private final int httpStatus;
    private final String code;

    ApiError(int httpStatus, String code, String msg) {
        super(msg, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    static ApiError badRequest(String code, String msg) {
        return new ApiError(400, code, msg);
    }

    static ApiError missingParameter(String name) {
        return badRequest("40019", "Parameter " + name + " cannot be empty");
    }

    static ApiError invalidParameter(String name) {
        return badRequest("40020", "Parameter " + name + " error");
    }

    static ApiError malformedRequest(String detail) {
        return badRequest("40017", "Parameter verification failed " + detail);
    }

    static ApiError notFound() {
        return new ApiError(404, "40404", "Request URL NOT FOUND");
    }

    int httpStatus() {
        return httpStatus;
    }

    String code() {
        return code;
    }
}
