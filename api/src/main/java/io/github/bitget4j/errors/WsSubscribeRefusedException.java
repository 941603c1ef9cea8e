package io.github.bitget4j.errors;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Bitget refused a subscription ({@code {"event":"error","code":30001,"msg":"channel does not exist",...}}): the
 * channel, instType or symbol is not offered, or (private) the login does not allow it. {@link #code()} is Bitget's
 * code, {@link #topic()} the subscription as sent, {@link #bodyText()} the refusal as received. The subscription is
 * forgotten: it is not sent again on reconnect.
 */
public class WsSubscribeRefusedException extends BitgetApiException {

    private final String topic;

    /**
     * Bitget's refusal of one subscription.
     *
     * @param topic the refused subscription, as {@code instType|channel|target}
     * @param code Bitget's error code, e.g. {@code 30001}, or null
     * @param bitgetMessage Bitget's error message, or null
     * @param frame the error frame as received
     */
    public WsSubscribeRefusedException(String topic, @Nullable String code, @Nullable String bitgetMessage, String frame) {
        super("subscription " + topic + " refused: " + code + " " + bitgetMessage, 0, code, bitgetMessage, Map.of(),
                frame.getBytes(StandardCharsets.UTF_8));
        this.topic = topic;
    }

    /** {@return the refused subscription, as {@code instType|channel|target}} */
    public String topic() {
        return topic;
    }

    /** Sending the same subscription again gets the same answer. */
    @Override
    public boolean retryable() {
        return false;
    }
}
