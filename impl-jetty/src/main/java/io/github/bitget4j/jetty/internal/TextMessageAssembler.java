package io.github.bitget4j.jetty.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.eclipse.jetty.websocket.core.exception.BadPayloadException;
import org.eclipse.jetty.websocket.core.exception.MessageTooLargeException;
import org.jspecify.annotations.Nullable;

/**
 * Joins the frames of one text message (a TEXT frame and its CONTINUATION frames) into a string.
 * Used by one connection's frame callbacks, which Jetty never runs concurrently.
 */
final class TextMessageAssembler {

    private final int maxMessageBytes;
    // Strict: a message that is not valid UTF-8 is a protocol error (close code 1007), not mojibake.
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
    private byte[] pending = new byte[0];
    private int pendingLength;

    TextMessageAssembler(int maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    /**
     * @return the whole message when {@code last} ends it, otherwise null
     * @throws MessageTooLargeException beyond the size limit (Jetty then closes with 1009)
     * @throws BadPayloadException      for invalid UTF-8 (Jetty then closes with 1007)
     */
    @Nullable String append(@Nullable ByteBuffer payload, boolean last) {
        ByteBuffer bytes = payload == null ? ByteBuffer.allocate(0) : payload;
        if ((long) pendingLength + bytes.remaining() > maxMessageBytes) {
            pendingLength = 0;
            throw new MessageTooLargeException("text message larger than " + maxMessageBytes + " bytes");
        }
        if (last && pendingLength == 0) {
            return decode(bytes); // the usual case: a message in one frame, decoded without copying
        }
        if (pending.length < pendingLength + bytes.remaining()) {
            pending = Arrays.copyOf(pending, Math.max(pendingLength + bytes.remaining(), pending.length * 2));
        }
        int length = bytes.remaining();
        bytes.get(pending, pendingLength, length);
        pendingLength += length;
        if (!last) {
            return null;
        }
        String message = decode(ByteBuffer.wrap(pending, 0, pendingLength));
        pendingLength = 0;
        if (pending.length > 64 * 1024) {
            pending = new byte[0]; // do not keep a huge buffer alive for the connection's lifetime
        }
        return message;
    }

    private String decode(ByteBuffer bytes) {
        try {
            return utf8.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new BadPayloadException("text message is not valid UTF-8", e);
        }
    }
}
