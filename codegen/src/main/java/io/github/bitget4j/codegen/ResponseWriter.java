package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.JavaTypes.Imports;
import io.github.bitget4j.codegen.Model.FieldDef;
import io.github.bitget4j.codegen.Model.TypeDef;
import io.github.bitget4j.codegen.Model.TypeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A response record. Enum fields are stored as the text received ({@code statusRaw}) and read as the enum
 * through an accessor named like the field, so a value Bitget adds tomorrow is {@code UNKNOWN}, not an error.
 */
final class ResponseWriter {

    private final JavaTypes types;

    ResponseWriter(JavaTypes types) {
        this.types = types;
    }

    String write(TypeDef def) {
        var imports = new Imports(def.pkg());
        var components = new ArrayList<String>();
        var params = new ArrayList<String>();
        var accessors = new StringBuilder();
        for (FieldDef field : def.fields()) {
            boolean raw = types.isRawEnum(field.type());
            String component = raw ? field.name() + "Raw" : field.name();
            String javaType = types.java(field.type(), true, imports);
            String nullable = field.optional() ? "@Nullable " : "";
            String wireName = raw || !field.wire().equals(field.name())
                    ? "@SerializedName(" + Text.quote(field.wire()) + ") " : "";
            if (!wireName.isEmpty()) {
                imports.add("com.google.gson.annotations.SerializedName");
            }
            if (field.optional()) {
                imports.add("org.jspecify.annotations.Nullable");
            }
            components.add(wireName + nullable + javaType + " " + component);
            params.add(component + (raw ? " " + Text.javadoc("the text Bitget sent for " + field.wire() + "; read it as an enum with {@link #"
                    + field.name() + "()}") : field.doc().isBlank() ? " " + FieldDocs.words(field.name()) + " ({@code " + field.wire() + "})" : " " + Text.javadoc(field.doc())));
            if (raw) {
                accessors.append(enumAccessor(field, imports));
            }
        }
        if (def.kind() == TypeKind.ARRAY) {
            imports.add("io.github.bitget4j.model.FromJsonArray");
        }
        var out = new StringBuilder();
        out.append(Text.header(def.file(), "//")).append("package ").append(def.pkg()).append(";\n\n");
        String importText = imports.render(true);
        if (!importText.isEmpty()) {
            out.append(importText).append('\n');
        }
        out.append("/**\n * ").append(Text.javadoc(def.doc().isBlank() ? def.name() : def.doc()));
        if (def.kind() == TypeKind.ARRAY) {
            out.append("\n * Bitget sends it as a positional JSON array, in the order of the components.");
        }
        out.append("\n *\n");
        for (String param : params) {
            out.append(" * @param ").append(param).append('\n');
        }
        out.append(" */\n");
        if (def.kind() == TypeKind.ARRAY) {
            out.append("@FromJsonArray\n");
        }
        out.append("public record ").append(def.name()).append("(");
        appendComponents(out, components);
        out.append(") {\n");
        out.append(accessors);
        out.append("}\n");
        return out.toString();
    }

    static void appendComponents(StringBuilder out, List<String> components) {
        for (int i = 0; i < components.size(); i++) {
            out.append("\n        ").append(components.get(i)).append(i + 1 < components.size() ? "," : "");
        }
    }

    private String enumAccessor(FieldDef field, Imports imports) {
        String raw = field.name() + "Raw";
        String enumName = types.java(JavaTypes.base(field.type()), false, imports);
        var out = new StringBuilder("\n    /**\n     * ");
        out.append(Text.javadoc(field.doc().isBlank() ? "The " + field.wire() : field.doc()));
        out.append("\n     *\n     * @return the value").append(JavaTypes.isList(field.type()) ? "s" : "")
                .append(field.optional() ? " or null when Bitget sent none" : "").append("; {@code UNKNOWN} when this SDK version does not know ")
                .append(JavaTypes.isList(field.type()) ? "one" : "it").append(" ({@link #").append(raw).append("()} has the text as sent)\n     */\n");
        if (JavaTypes.isList(field.type())) {
            String list = imports.add("java.util.List");
            out.append("    public ").append(field.optional() ? "@Nullable " : "").append(list).append("<").append(enumName)
                    .append("> ").append(field.name()).append("() {\n");
            out.append("        return ").append(raw).append(" == null ? ")
                    .append(field.optional() ? "null" : list + ".of()").append(" : ").append(raw).append(".stream().map(")
                    .append(enumName).append("::fromWire).toList();\n    }\n");
            return out.toString();
        }
        out.append("    public ").append(field.optional() ? "@Nullable " : "").append(enumName).append(" ")
                .append(field.name()).append("() {\n");
        if (field.optional()) {
            out.append("        return ").append(raw).append(" == null ? null : ").append(enumName).append(".fromWire(")
                    .append(raw).append(");\n    }\n");
        } else {
            out.append("        return ").append(enumName).append(".fromWire(").append(raw).append(");\n    }\n");
        }
        return out.toString();
    }
}
