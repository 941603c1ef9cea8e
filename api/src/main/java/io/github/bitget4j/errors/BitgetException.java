package io.github.bitget4j.errors;

import org.jspecify.annotations.Nullable;

/** Root of every exception the SDK throws. Unchecked. */
public abstract class BitgetException extends RuntimeException {

    /**
     * A message never grows past this: an error may echo a megabyte-long {@code msg} or URL. What was received
     * stays whole on the exception (e.g. {@link BitgetResponseException#body()}).
     */
    static final int MAX_MESSAGE_CHARS = 2_000;

    /**
     * For subclasses.
     *
     * @param message what went wrong, for people; cut to 2,000 characters
     * @param cause the underlying failure, or null
     */
    protected BitgetException(String message, @Nullable Throwable cause) {
        super(capped(message), cause);
    }

    private static String capped(String message) {
        if (message == null || message.length() <= MAX_MESSAGE_CHARS) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE_CHARS) + "…(" + message.length() + " chars)";
    }

    /** {@return whether sending the same request again may succeed (rate limit, 5xx, a connection that broke)} */
    public abstract boolean retryable();

    /**
     * Whether the request was answered, never sent, or may have reached the server without an answer. Decide on
     * this before re-sending anything that moves money: {@link RequestFate#MAY_HAVE_REACHED_SERVER} means look it
     * up first (an order by its clientOid).
     *
     * @return what became of the request
     */
    public abstract RequestFate requestFate();
}
