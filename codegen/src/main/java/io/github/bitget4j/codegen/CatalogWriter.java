package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.Model.EndpointDef;
import io.github.bitget4j.codegen.Model.EnumDef;
import io.github.bitget4j.codegen.Model.EnumValue;
import io.github.bitget4j.codegen.Model.FieldDef;
import io.github.bitget4j.codegen.Model.ModelFile;
import io.github.bitget4j.codegen.Model.TypeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The model as JSON for the testkit, which does not depend on the api module: it checks each request's
 * parameters against it and answers endpoints it does not simulate with a fixture shaped by it.
 */
final class CatalogWriter {

    static final String PATH = "testkit/src/generated/resources/io/github/bitget4j/testkit/model/endpoints.json";

    private CatalogWriter() {
    }

    static String write(Model model) {
        var out = new StringBuilder("{\n  \"generatedFrom\": \"codegen/model; edit the model, not this file\",\n");
        out.append("  \"enums\": {");
        List<EnumDef> enums = new ArrayList<>(model.enums().values());
        enums.sort((a, b) -> a.name().compareTo(b.name()));
        for (int i = 0; i < enums.size(); i++) {
            EnumDef def = enums.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    ").append(Text.quote(def.name())).append(": [");
            List<EnumValue> values = def.values();
            for (int j = 0; j < values.size(); j++) {
                out.append(j == 0 ? "" : ", ").append(Text.quote(values.get(j).wire()));
            }
            out.append(']');
        }
        out.append("\n  },\n  \"types\": {");
        List<TypeDef> types = new ArrayList<>(model.types().values());
        types.sort((a, b) -> a.name().compareTo(b.name()));
        for (int i = 0; i < types.size(); i++) {
            TypeDef def = types.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    ").append(Text.quote(def.name())).append(": {\"kind\": ")
                    .append(Text.quote(def.kind().name().toLowerCase(java.util.Locale.ROOT))).append(", \"fields\": [");
            out.append(fields(def.fields(), def.isRequest())).append("]}");
        }
        out.append("\n  },\n  \"endpoints\": [");
        boolean first = true;
        for (ModelFile file : model.files()) {
            for (EndpointDef endpoint : file.endpoints()) {
                out.append(first ? "\n" : ",\n");
                first = false;
                out.append("    {\"name\": ").append(Text.quote(endpoint.name()))
                        .append(", \"version\": ").append(Text.quote(file.version()))
                        .append(", \"method\": ").append(Text.quote(endpoint.method()))
                        .append(", \"path\": ").append(Text.quote(endpoint.path()))
                        .append(", \"auth\": ").append(Text.quote(endpoint.auth()))
                        .append(", \"request\": ").append(endpoint.request() == null ? "null" : Text.quote(endpoint.request()))
                        .append(", \"requestIsList\": ").append(endpoint.requestIsList())
                        .append(", \"response\": ").append(Text.quote(endpoint.response()))
                        .append(", \"limit\": {\"count\": ").append(endpoint.limit().count())
                        .append(", \"windowSeconds\": ").append(endpoint.limit().windowSeconds())
                        .append(", \"scope\": ").append(Text.quote(endpoint.limit().scope()))
                        .append(", \"group\": ").append(Text.quote(endpoint.limit().group() != null ? endpoint.limit().group()
                                : endpoint.path())).append("}}");
            }
        }
        out.append("\n  ]\n}\n");
        return out.toString();
    }

    private static String fields(List<FieldDef> fields, boolean request) {
        var out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            FieldDef field = fields.get(i);
            out.append(i == 0 ? "" : ", ").append("{\"name\": ").append(Text.quote(field.wire()))
                    .append(", \"type\": ").append(Text.quote(field.type()))
                    .append(request ? ", \"required\": " : ", \"nullable\": ").append(request != field.optional() ? "true" : "false")
                    .append(field.flags().contains("path") ? ", \"path\": true" : "")
                    .append('}');
        }
        return out.toString();
    }
}
