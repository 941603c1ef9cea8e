package io.github.bitget4j.ws;

import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * A message that is not a push: {@code {"event":"subscribe","arg":{...}}}, {@code {"event":"error","code":30001,...}},
 * a login ack, or a WS API reply.
 *
 * @param socket  where it arrived
 * @param event   the {@code event} field ({@code subscribe}, {@code unsubscribe}, {@code login}, {@code error},
 *                {@code trade}), or null when absent
 * @param code    the {@code code} field as text, or null
 * @param message the {@code msg} field, or null
 * @param raw     the whole message
 * @param text    the message exactly as received
 */
public record WsResponse(WsKey socket, @Nullable String event, @Nullable String code, @Nullable String message,
        JsonObject raw, String text) {

    /** {@return whether Bitget sent it as an error ({@code "event":"error"})} */
    public boolean isError() {
        return "error".equals(event);
    }
}
