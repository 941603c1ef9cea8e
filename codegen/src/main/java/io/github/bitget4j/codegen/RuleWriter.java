package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.JavaTypes.Imports;
import io.github.bitget4j.codegen.Model.EnumValue;
import io.github.bitget4j.codegen.Model.FieldDef;
import io.github.bitget4j.codegen.Model.Rule;
import io.github.bitget4j.codegen.Model.TypeDef;

/** The cross-field checks of a request's compact constructor. */
final class RuleWriter {

    private final JavaTypes types;

    RuleWriter(JavaTypes types) {
        this.types = types;
    }

    String write(TypeDef def, Imports imports) {
        var out = new StringBuilder();
        for (Rule rule : def.rules()) {
            out.append("        ").append(check(def, rule, imports)).append('\n');
        }
        return out.toString();
    }

    private String check(TypeDef def, Rule rule, Imports imports) {
        return switch (rule.kind()) {
            case "either" -> {
                String a = rule.args().get(0);
                String b = rule.args().get(1);
                field(def, a);
                field(def, b);
                yield "Require.either(" + a + ", " + Text.quote(a) + ", " + b + ", " + Text.quote(b) + ");";
            }
            case "requireIf", "requireUnless" -> {
                String target = rule.args().get(0);
                field(def, target);
                String condition = condition(def, rule.args().get(1), imports);
                boolean negate = rule.kind().equals("requireUnless");
                String message = rule.message().isBlank()
                        ? target + " is required " + (negate ? "unless " : "when ") + rule.args().get(1).replace("=", " is ")
                        : rule.message();
                yield "Require.requiredWhen(" + (negate ? "!(" + condition + ")" : condition) + ", " + target + ", "
                        + Text.quote(message) + ");";
            }
            case "eachRequireIf" -> {
                String[] path = rule.args().get(0).split("\\.");
                FieldDef list = field(def, path[0]);
                if (path.length != 2 || !JavaTypes.isList(list.type())) {
                    throw new IllegalArgumentException(def.file() + ": eachRequireIf takes <listField>.<itemField>");
                }
                String condition = condition(def, rule.args().get(1), imports);
                String message = rule.message().isBlank()
                        ? path[0] + "[{i}]." + path[1] + " is required when " + rule.args().get(1).replace("=", " is ")
                        : rule.message();
                yield "Require.eachWhen(" + condition + ", " + path[0] + ", item -> item." + path[1] + "(), "
                        + Text.quote(message) + ");";
            }
            default -> throw new IllegalArgumentException("unknown rule " + rule.kind());
        };
    }

    /** {@code orderType=limit}: a comparison with the enum constant of that wire text, or with the text. */
    private String condition(TypeDef def, String test, Imports imports) {
        String[] parts = test.split("=", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException(def.file() + ": " + def.name() + ": write the condition as field=value");
        }
        FieldDef field = field(def, parts[0]);
        if (types.isEnum(field.type())) {
            String enumName = types.java(field.type(), false, imports);
            Model.EnumDef enumDef = types.enumDef(field.type());
            for (EnumValue value : enumDef.values()) {
                if (value.wire().equals(parts[1])) {
                    return field.name() + " == " + enumName + "." + value.constant();
                }
            }
            throw new IllegalArgumentException(def.file() + ": " + field.type() + " has no value '" + parts[1] + "'");
        }
        return Text.quote(parts[1]) + ".equals(" + field.name() + ")";
    }

    private static FieldDef field(TypeDef def, String name) {
        return def.fields().get(RequestWriter.indexOf(def, name));
    }
}
