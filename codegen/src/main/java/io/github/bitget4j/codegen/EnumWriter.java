package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.Model.EnumDef;
import io.github.bitget4j.codegen.Model.EnumValue;

/**
 * A Java enum with the wire text of each constant, {@code UNKNOWN} for text the model does not know, and
 * {@code fromWire}, which never throws and never returns null.
 */
final class EnumWriter {

    private EnumWriter() {
    }

    static String write(EnumDef def) {
        var out = new StringBuilder();
        out.append(Text.header(def.file(), "//")).append("package ").append(def.pkg()).append(";\n\n");
        out.append("import com.google.gson.annotations.SerializedName;\n");
        out.append("import java.util.Map;\n");
        out.append("import org.jspecify.annotations.Nullable;\n\n");
        out.append("/**\n * ").append(Text.javadoc(def.doc().isBlank() ? def.name() + " as Bitget sends it" : def.doc()))
                .append("\n *\n * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the\n")
                .append(" * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.\n */\n");
        out.append("public enum ").append(def.name()).append(" {\n");
        for (EnumValue value : def.values()) {
            out.append("    /** ").append(value.doc().isBlank() ? "" : Text.javadoc(value.doc()) + " ").append("Wire text {@code ")
                    .append(value.wire()).append("}. */\n");
            out.append("    @SerializedName(").append(Text.quote(value.wire())).append(") ").append(value.constant())
                    .append("(").append(Text.quote(value.wire())).append("),\n");
        }
        out.append("    /** A value this SDK version does not know yet; never sent. */\n");
        out.append("    UNKNOWN(\"\");\n\n");
        out.append("    private static final Map<String, ").append(def.name()).append("> BY_WIRE = Map.ofEntries(");
        for (int i = 0; i < def.values().size(); i++) {
            EnumValue value = def.values().get(i);
            out.append(i == 0 ? "\n            " : ",\n            ").append("Map.entry(").append(Text.quote(value.wire()))
                    .append(", ").append(value.constant()).append(")");
        }
        out.append(");\n\n");
        out.append("    private final String wire;\n\n");
        out.append("    ").append(def.name()).append("(String wire) {\n        this.wire = wire;\n    }\n\n");
        out.append("    /**\n     * The text Bitget uses for this value.\n     *\n     * @return the wire text; empty for {@link #UNKNOWN}\n     */\n");
        out.append("    public String wire() {\n        return wire;\n    }\n\n");
        out.append("    /**\n     * The constant for Bitget's text; never throws.\n     *\n     * @param text the wire text, may be null\n"
                + "     * @return the constant; {@link #UNKNOWN} for null or text this version does not know\n     */\n");
        out.append("    public static ").append(def.name()).append(" fromWire(@Nullable String text) {\n");
        out.append("        ").append(def.name()).append(" known = text == null ? null : BY_WIRE.get(text);\n");
        out.append("        return known == null ? UNKNOWN : known;\n    }\n}\n");
        return out.toString();
    }
}
