package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.Model.FieldDef;
import io.github.bitget4j.codegen.Model.TypeDef;
import java.util.ArrayList;
import java.util.List;

/** The builder of a request record with more than three fields. */
final class BuilderWriter {

    private BuilderWriter() {
    }

    static String write(TypeDef def, List<String> javaTypes, FieldDocs docs) {
        var out = new StringBuilder();
        out.append("\n    /**\n     * A builder with nothing set.\n     *\n     * @return a new builder\n     */\n");
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
            out.append("\n        /**\n         * Sets {@code ").append(field.name()).append("}: ").append(docs.describe(field))
                    .append(". Checked by {@link #build()}.\n         *\n");
            out.append("         * @param ").append(field.name()).append(field.optional() ? " the value, or null to leave it unset\n"
                    : " the value\n");
            out.append("         * @return this builder\n         */\n");
            out.append("        public Builder ").append(field.name()).append("(").append(field.optional() ? "@Nullable " : "")
                    .append(javaTypes.get(i)).append(' ').append(field.name()).append(") {\n");
            out.append("            this.").append(field.name()).append(" = ").append(field.name()).append(";\n");
            out.append("            return this;\n        }\n");
        }
        out.append("\n        /**\n         * Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.\n"
                + "         *\n         * @param name the parameter's wire name; must not be a typed field's (checked by {@link #build()})\n"
                + "         * @param value its value, sent as its text\n         * @return this builder\n         */\n");
        out.append("        public Builder extraParam(String name, Object value) {\n");
        out.append("            extraParams.put(name, value);\n            return this;\n        }\n");
        var args = new ArrayList<String>();
        def.fields().forEach(f -> args.add(f.name()));
        args.add("extraParams");
        out.append("\n        /**\n         * Checks the parameters and makes the request.\n         *\n         * @return the request\n"
                + "         * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter\n         */\n");
        out.append("        public ").append(def.name()).append(" build() {\n");
        out.append("            return new ").append(def.name()).append("(").append(String.join(", ", args)).append(");\n");
        out.append("        }\n    }\n");
        return out.toString();
    }
}
