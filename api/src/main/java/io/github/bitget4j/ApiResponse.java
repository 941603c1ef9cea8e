package io.github.bitget4j;

import org.jspecify.annotations.Nullable;

/**
 * Bitget's response envelope: {@code {"code":"00000","msg":"success","requestTime":...,"data":...}}.
 * Clients return it only for successful calls ({@code code == "00000"}); failures are thrown.
 *
 * @param code        Bitget's result code, {@code "00000"} on success
 * @param msg         Bitget's message
 * @param requestTime Bitget's time of the request, Unix milliseconds
 * @param data        the decoded payload; null when Bitget sent none
 * @param <T>         the payload type
 */
public record ApiResponse<T>(String code, String msg, long requestTime, @Nullable T data) {
}
