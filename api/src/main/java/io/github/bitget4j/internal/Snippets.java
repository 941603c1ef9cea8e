package io.github.bitget4j.internal;

/** Shortens text that goes into an exception message or a log line; the whole text stays where it came from. */
public final class Snippets {

    private Snippets() {
    }

    /** The text itself when it fits in {@code max} chars, else its start and how long it was. */
    public static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
