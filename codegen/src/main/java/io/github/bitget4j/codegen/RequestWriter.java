package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.JavaTypes.Imports;
import io.github.bitget4j.codegen.Model.Factory;
import io.github.bitget4j.codegen.Model.FieldDef;
import io.github.bitget4j.codegen.Model.TypeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * A request record: checks in the compact constructor (so a bad request fails before any byte is sent),
 * extra raw parameters for fields Bitget adds before the model does, the model's factories, and a builder for
 * requests of more than three fields.
 */
final class RequestWriter {

    private final JavaTypes types;
    private final RuleWriter rules;
    private final FieldDocs docs;

    RequestWriter(JavaTypes types) {
        this.types = types;
        this.rules = new RuleWriter(types);
        this.docs = new FieldDocs(types);
    }

    String write(TypeDef def) {
        var imports = new Imports(def.pkg());
        imports.add("io.github.bitget4j.model.BitgetRequest");
        imports.add("io.github.bitget4j.internal.json.Require");
        String map = imports.add("java.util.Map");
        if (def.fields().size() > 3) {
            imports.add("org.jspecify.annotations.Nullable"); // the builder's fields
        }
        var components = new ArrayList<String>();
        var javaTypes = new ArrayList<String>();
        for (FieldDef field : def.fields()) {
            String javaType = types.java(field.type(), false, imports);
            javaTypes.add(javaType);
            String wire = field.wire().equals(field.name()) ? ""
                    : "@" + imports.add("com.google.gson.annotations.SerializedName") + "(" + Text.quote(field.wire()) + ") ";
            String path = field.flags().contains("path")
                    ? "@" + imports.add("io.github.bitget4j.model.PathParam") + "(" + Text.quote(field.name()) + ") " : "";
            components.add(path + wire + nullable(field, imports) + javaType + " " + field.name());
        }
        components.add(map + "<String, Object> extraParams");

        var body = new StringBuilder();
        body.append("\n    private static final ").append(imports.add("java.util.List")).append("<String> WIRE_NAMES = List.of(")
                .append(String.join(", ", def.fields().stream().map(f -> Text.quote(f.wire())).toList())).append(");\n");
        body.append(compactConstructor(def, imports));
        body.append(shortConstructor(def, javaTypes));
        body.append(withExtraParam(def));
        body.append(factories(def, javaTypes));
        if (def.fields().size() > 3) {
            body.append(BuilderWriter.write(def, javaTypes, docs));
        }

        var out = new StringBuilder();
        out.append(Text.header(def.file(), "//")).append("package ").append(def.pkg()).append(";\n\n");
        out.append(imports.render(true)).append('\n');
        out.append("/**\n * ").append(Text.javadoc(def.doc().isBlank() ? "Parameters of a request." : def.doc()));
        if (def.fields().size() > 3) {
            out.append(" Build it with {@link #builder()}.");
        }
        out.append("\n *\n");
        for (FieldDef field : def.fields()) {
            out.append(" * @param ").append(field.name()).append(' ').append(docs.describe(field)).append('\n');
        }
        out.append(" * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field\n");
        out.append(" */\n");
        out.append("public record ").append(def.name()).append("(");
        ResponseWriter.appendComponents(out, components);
        out.append(") implements BitgetRequest {\n");
        out.append(body).append("}\n");
        return out.toString();
    }

    private static String nullable(FieldDef field, Imports imports) {
        return field.optional() ? "@" + imports.add("org.jspecify.annotations.Nullable") + " " : "";
    }

    private String compactConstructor(TypeDef def, Imports imports) {
        var out = new StringBuilder("\n    /**\n     * Checks every parameter, so that a bad request fails here, before any byte is sent.\n     *\n"
                + "     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter\n     */\n");
        out.append("    public ").append(def.name()).append(" {\n");
        for (FieldDef field : def.fields()) {
            for (String check : fieldChecks(field)) {
                out.append("        ").append(check).append('\n');
            }
        }
        out.append(rules.write(def, imports));
        out.append("        extraParams = Require.extraParams(extraParams, WIRE_NAMES);\n");
        out.append("    }\n");
        return out.toString();
    }

    private List<String> fieldChecks(FieldDef field) {
        var checks = new ArrayList<String>();
        String name = field.name();
        String label = Text.quote(field.wire());
        boolean list = JavaTypes.isList(field.type());
        if (!field.optional()) {
            if (list) {
                checks.add(name + " = Require.nonEmpty(" + name + ", " + label + ");");
            } else if (field.type().equals("text")) {
                checks.add("Require.text(" + name + ", " + label + ");");
            } else if (types.isEnum(field.type())) {
                checks.add("Require.known(" + name + ", " + label + ");");
            } else {
                checks.add("Require.present(" + name + ", " + label + ");");
            }
        } else if (list) {
            checks.add(name + " = Require.listIfPresent(" + name + ", " + label + ");");
        } else if (types.isEnum(field.type())) {
            checks.add("Require.knownIfPresent(" + name + ", " + label + ");");
        }
        for (String flag : field.flags()) {
            if (flag.equals("positive")) {
                checks.add("Require.positiveIfPresent(" + name + ", " + label + ");");
            } else if (flag.equals("nonneg")) {
                checks.add("Require.atLeast(" + name + ", " + label + ", \"0\");");
            } else if (flag.startsWith("min=")) {
                checks.add("Require.atLeast(" + name + ", " + label + ", " + Text.quote(flag.substring(4)) + ");");
            } else if (flag.startsWith("max=")) {
                checks.add("Require.atMost(" + name + ", " + label + ", " + Text.quote(flag.substring(4)) + ");");
            }
        }
        return checks;
    }

    private String shortConstructor(TypeDef def, List<String> javaTypes) {
        var out = new StringBuilder("\n    /**\n     * Without extra parameters.\n     *\n");
        paramDocs(out, def, def.fields().stream().map(FieldDef::name).toList());
        out.append("     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter\n     */\n");
        out.append("    public ").append(def.name()).append("(");
        var args = new ArrayList<String>();
        for (int i = 0; i < def.fields().size(); i++) {
            FieldDef field = def.fields().get(i);
            out.append(i == 0 ? "" : ", ").append(field.optional() ? "@Nullable " : "").append(javaTypes.get(i))
                    .append(' ').append(field.name());
            args.add(field.name());
        }
        args.add("Map.of()");
        out.append(") {\n        this(").append(String.join(", ", args)).append(");\n    }\n");
        return out.toString();
    }

    private static String withExtraParam(TypeDef def) {
        var args = new ArrayList<String>();
        def.fields().forEach(f -> args.add(f.name()));
        args.add("Require.withExtra(extraParams, name, value)");
        return "\n    /**\n     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.\n"
                + "     *\n     * @param name the parameter's wire name; must not be one of this record's\n"
                + "     * @param value its value, sent as its text\n     * @return a new request; this one is unchanged\n"
                + "     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value\n     */\n"
                + "    public " + def.name() + " withExtraParam(String name, Object value) {\n"
                + "        return new " + def.name() + "(" + String.join(", ", args) + ");\n    }\n";
    }

    private String factories(TypeDef def, List<String> javaTypes) {
        var out = new StringBuilder();
        var declared = new ArrayList<>(def.factories());
        List<String> required = def.fields().stream().filter(f -> !f.optional()).map(FieldDef::name).toList();
        boolean hasSameOf = declared.stream().anyMatch(f -> f.name().equals("of") && f.params().equals(required));
        if (def.fields().size() <= 3 && !required.isEmpty() && !hasSameOf) {
            declared.add(0, new Factory("of", required, java.util.Map.of(), "With the required parameters only."));
        }
        for (Factory factory : declared) {
            out.append("\n    /**\n     * ").append(Text.javadoc(factory.doc().isBlank() ? "Sets " + String.join(", ", factory.params())
                    + "; the rest stay unset" : factory.doc()));
            if (!factory.fixed().isEmpty()) {
                out.append(" Sets ").append(String.join(", ", factory.fixed().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> "{@code " + e.getKey() + "} to {@code " + e.getValue() + "}").toList())).append('.');
            }
            out.append("\n     *\n");
            paramDocs(out, def, factory.params());
            out.append("     * @return the request, checked\n");
            out.append("     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter\n     */\n");
            out.append("    public static ").append(def.name()).append(' ').append(factory.name()).append("(");
            var args = new ArrayList<String>();
            for (int i = 0; i < factory.params().size(); i++) {
                String param = factory.params().get(i);
                int index = indexOf(def, param);
                out.append(i == 0 ? "" : ", ").append(javaTypes.get(index)).append(' ').append(param);
            }
            out.append(") {\n");
            for (int i = 0; i < def.fields().size(); i++) {
                FieldDef field = def.fields().get(i);
                if (factory.fixed().containsKey(field.name())) {
                    args.add(fixedValue(field, factory.fixed().get(field.name())));
                } else if (!factory.params().contains(field.name())) {
                    args.add("null");
                } else if (field.optional()) {
                    String check = field.type().equals("text") ? "Require.text" : "Require.present";
                    args.add(check + "(" + field.name() + ", " + Text.quote(field.wire()) + ")");
                } else {
                    args.add(field.name());
                }
            }
            args.add("Map.of()");
            out.append("        return new ").append(def.name()).append("(").append(String.join(", ", args)).append(");\n    }\n");
        }
        return out.toString();
    }

    /** One {@code @param} line per named field, with the field's description. */
    private void paramDocs(StringBuilder out, TypeDef def, List<String> names) {
        for (String name : names) {
            out.append("     * @param ").append(name).append(' ').append(docs.describe(def.fields().get(indexOf(def, name)))).append('\n');
        }
    }

    /** A factory's fixed value: the enum constant with that wire text, or the text itself. */
    private String fixedValue(FieldDef field, String wire) {
        if (!types.isEnum(field.type())) {
            return Text.quote(wire);
        }
        return types.enumDef(field.type()).values().stream().filter(v -> v.wire().equals(wire)).findFirst()
                .map(v -> field.type() + "." + v.constant())
                .orElseThrow(() -> new IllegalArgumentException(field.type() + " has no value '" + wire + "'"));
    }

    static int indexOf(TypeDef def, String field) {
        for (int i = 0; i < def.fields().size(); i++) {
            if (def.fields().get(i).name().equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException(def.file() + ": " + def.name() + " has no field '" + field + "'");
    }
}
