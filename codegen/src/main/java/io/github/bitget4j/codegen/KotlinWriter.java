package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.JavaTypes.Imports;
import io.github.bitget4j.codegen.Model.FieldDef;
import io.github.bitget4j.codegen.Model.ModelFile;
import io.github.bitget4j.codegen.Model.TypeDef;
import java.util.ArrayList;
import java.util.List;

/** Kotlin factory functions for an area's requests: named arguments, and defaults for the optional ones. */
final class KotlinWriter {

    static final String PACKAGE = "io.github.bitget4j.kotlin.requests";

    private final JavaTypes types;
    private final FieldDocs docs;

    KotlinWriter(JavaTypes types) {
        this.docs = new FieldDocs(types);
        this.types = types;
    }

    /** Null when the file declares no request. */
    String write(ModelFile file) {
        List<TypeDef> requests = file.types().stream().filter(TypeDef::isRequest).toList();
        if (requests.isEmpty()) {
            return null;
        }
        var imports = new Imports(PACKAGE);
        var body = new StringBuilder();
        for (TypeDef request : requests) {
            String name = imports.add(request.pkg() + "." + request.name());
            body.append("\n/**\n * Builds a [").append(name).append("], checked on construction");
            body.append(request.doc().isBlank() ? "." : ": " + kdoc(request.doc())).append("\n *\n");
            for (FieldDef field : request.fields()) {
                body.append(" * @param ").append(field.name()).append(' ').append(kdocFromJavadoc(docs.describe(field))).append('\n');
            }
            body.append(" * @param extraParams parameters the model does not know yet, sent as given\n");
            body.append(" * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter\n");
            body.append(" */\npublic fun ").append(Text.decapitalize(request.name())).append("(\n");
            var args = new ArrayList<String>();
            for (FieldDef field : request.fields()) {
                String type = types.kotlin(field.type(), imports);
                body.append("    ").append(field.name()).append(": ").append(type)
                        .append(field.optional() ? "? = null" : "").append(",\n");
                args.add(field.name());
            }
            body.append("    extraParams: Map<String, Any> = emptyMap(),\n");
            args.add("extraParams");
            body.append("): ").append(name).append(" = ").append(name).append("(").append(String.join(", ", args))
                    .append(")\n");
        }
        var out = new StringBuilder();
        out.append(Text.header(file.path(), "//"));
        out.append("@file:JvmName(\"").append(fileName(file)).append("\")\n\n");
        out.append("package ").append(PACKAGE).append("\n\n");
        out.append(imports.render(false));
        out.append(body);
        return out.toString();
    }

    /** futures-trade in v2 -> FuturesTradeRequestsV2. */
    static String fileName(ModelFile file) {
        var name = new StringBuilder();
        for (String part : file.area().split("-")) {
            name.append(Text.capitalize(part));
        }
        return name + "Requests" + file.version().toUpperCase(java.util.Locale.ROOT);
    }

    /** Javadoc markup as KDoc: {@code x} as `x`, HTML entities as their characters. */
    private static String kdocFromJavadoc(String text) {
        return text.replaceAll("\\{@code ([^}]*)}", "`$1`").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#64;", "@").replace("&amp;", "&");
    }

    private static String kdoc(String doc) {
        String text = doc.replace("*/", "*&#47;");
        return text.endsWith(".") ? text : text + ".";
    }
}
