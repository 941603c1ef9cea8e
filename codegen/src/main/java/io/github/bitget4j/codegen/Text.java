package io.github.bitget4j.codegen;

import java.util.Locale;

/** Small text helpers shared by the writers. */
final class Text {

    private Text() {
    }

    /** The first line of every generated file. */
    static String header(String modelFile, String comment) {
        return comment + " Generated from codegen/model/" + modelFile + " by bitget4j-codegen; edit the model, "
                + "not this file.\n";
    }

    /** getFuturesTicker -> GET_FUTURES_TICKER. */
    static String constantName(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
                .toUpperCase(Locale.ROOT);
    }

    static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** A doc as javadoc text: HTML-significant characters escaped, a full stop at the end. */
    static String javadoc(String doc) {
        if (doc == null || doc.isBlank()) {
            return "";
        }
        String escaped = doc.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replaceAll("(?<!\\{)@", "&#64;")
                .replace("*/", "*&#47;");
        return escaped.endsWith(".") || escaped.endsWith("?") || escaped.endsWith(")") && escaped.contains(". ")
                ? escaped : escaped + ".";
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
