package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.Model.FieldDef;
import io.github.bitget4j.codegen.Model.TypeDef;
import java.util.ArrayList;
import java.util.List;

/** The builder of a request record with more than three fields. */
final class BuilderWriter {

    private BuilderWriter() {
    }

    static String write(TypeDef def, List<String> javaTypes) {
        var out = new StringBuilder();
        out.append("\n    /** A builder with nothing set. */\n");
        out.append("    public static Builder builder() {\n        return new Builder();\n    }\n\n");
        out.append("    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */\n");
        out.append("    public static final class Builder {\n");
        for (int i = 0; i < def.fields().size(); i++) {
            out.append("        private @Nullable ").append(javaTypes.get(i)).append(' ')
                    .append(def.fields().get(i).name()).append(";\n");
        }
        out.append("        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();\n\n");
        out.append("        private Builder() {\n        }\n");
        for (int i = 0; i < def.fields().size(); i++) {
            FieldDef field = def.fields().get(i);
            String doc = field.doc().isBlank() ? "Sets " + field.wire() : field.doc();
            out.append("\n        /** ").append(Text.javadoc(doc)).append(field.optional() ? " Optional." : " Required.")
                    .append(" */\n");
            out.append("        public Builder ").append(field.name()).append("(").append(field.optional() ? "@Nullable " : "")
                    .append(javaTypes.get(i)).append(' ').append(field.name()).append(") {\n");
            out.append("            this.").append(field.name()).append(" = ").append(field.name()).append(";\n");
            out.append("            return this;\n        }\n");
        }
        out.append("\n        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */\n");
        out.append("        public Builder extraParam(String name, Object value) {\n");
        out.append("            extraParams.put(name, value);\n            return this;\n        }\n");
        var args = new ArrayList<String>();
        def.fields().forEach(f -> args.add(f.name()));
        args.add("extraParams");
        out.append("\n        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */\n");
        out.append("        public ").append(def.name()).append(" build() {\n");
        out.append("            return new ").append(def.name()).append("(").append(String.join(", ", args)).append(");\n");
        out.append("        }\n    }\n");
        return out.toString();
    }
}
