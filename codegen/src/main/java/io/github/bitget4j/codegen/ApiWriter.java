package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.JavaTypes.Imports;
import io.github.bitget4j.codegen.Model.EndpointDef;
import io.github.bitget4j.codegen.Model.FieldDef;
import io.github.bitget4j.codegen.Model.ModelFile;
import io.github.bitget4j.codegen.Model.TypeDef;
import java.util.Locale;
import java.util.Map;

/** An area's {@code Endpoint} constants (internal) and its public interface of default methods. */
final class ApiWriter {

    static final String CONSTANTS_PACKAGE = "io.github.bitget4j.internal.endpoints";

    private final Model model;
    private final JavaTypes types;
    private final PageWriter pages;

    ApiWriter(Model model, JavaTypes types) {
        this.model = model;
        this.types = types;
        this.pages = new PageWriter(model, types);
    }

    String constants(ModelFile file) {
        var imports = new Imports(CONSTANTS_PACKAGE);
        imports.add("io.github.bitget4j.Endpoint");
        var body = new StringBuilder();
        for (EndpointDef endpoint : file.endpoints()) {
            body.append("\n    /** {@code ").append(endpoint.method()).append(' ').append(endpoint.path()).append("}. */\n");
            body.append("    public static final Endpoint<").append(types.java(endpoint.response(), false, imports)).append("> ")
                    .append(Text.constantName(endpoint.name())).append(" =\n            ").append(declaration(endpoint, imports))
                    .append(";\n");
        }
        var out = new StringBuilder();
        out.append(Text.header(file.path(), "//")).append("package ").append(CONSTANTS_PACKAGE).append(";\n\n");
        out.append("import static io.github.bitget4j.Auth.*;\n\n");
        out.append(imports.render(true)).append('\n');
        out.append("/** The endpoints of {@code ").append(file.interfaceName()).append("}. */\n");
        out.append("public final class ").append(file.constantsClass()).append(" {\n").append(body);
        out.append("\n    private ").append(file.constantsClass()).append("() {\n    }\n}\n");
        return out.toString();
    }

    private String declaration(EndpointDef endpoint, Imports imports) {
        String verb = endpoint.method().toLowerCase(Locale.ROOT);
        String auth = endpoint.auth().toUpperCase(Locale.ROOT);
        String path = Text.quote(endpoint.path());
        String response = endpoint.response();
        String created;
        if (JavaTypes.isList(response) && !JavaTypes.isList(JavaTypes.element(response))) {
            created = "Endpoint." + verb + "List(" + path + ", " + auth + ", " + types.java(JavaTypes.element(response), false, imports)
                    + ".class)";
        } else if (JavaTypes.isList(response)) {
            String token = imports.add("com.google.gson.reflect.TypeToken");
            created = "Endpoint." + verb + "(" + path + ", " + auth + ", new " + token + "<"
                    + types.java(response, false, imports) + ">() { })";
        } else {
            created = "Endpoint." + verb + "(" + path + ", " + auth + ", " + types.java(response, false, imports) + ".class)";
        }
        created += "\n                    " + rateLimit(endpoint.limit(), imports);
        if (endpoint.requestIsList()) {
            return created;
        }
        TypeDef request = endpoint.request() == null ? null : model.types().get(endpoint.request());
        var names = new StringBuilder();
        if (request != null) {
            for (FieldDef field : request.fields()) {
                names.append(names.isEmpty() ? "" : ", ").append(Text.quote(field.wire()));
            }
        }
        return created + "\n                    .withParameters(" + names + ")";
    }

    /** {@code .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)}, with the group when it is shared. */
    private static String rateLimit(Model.LimitDef limit, Imports imports) {
        String duration = imports.add("java.time.Duration");
        String rateLimit = imports.add("io.github.bitget4j.spi.RateLimit");
        return ".withRateLimit(" + limit.count() + ", " + duration + ".ofSeconds(" + limit.windowSeconds() + "), " + rateLimit
                + ".Scope." + limit.scope().toUpperCase(Locale.ROOT) + (limit.group() == null ? "" : ", " + Text.quote(limit.group()))
                + ")";
    }

    String api(ModelFile file) {
        String pkg = file.interfacePackage();
        var imports = new Imports(pkg);
        imports.add("io.github.bitget4j.ApiResponse");
        imports.add("io.github.bitget4j.EndpointCaller");
        String constants = imports.add(CONSTANTS_PACKAGE + "." + file.constantsClass());
        var body = new StringBuilder();
        for (EndpointDef endpoint : file.endpoints()) {
            body.append(method(endpoint, constants, imports));
        }
        var out = new StringBuilder();
        out.append(Text.header(file.path(), "//")).append("package ").append(pkg).append(";\n\n");
        out.append(imports.render(true)).append('\n');
        out.append("/**\n * ").append(Text.javadoc(file.doc())).append("\n */\n");
        out.append("public interface ").append(file.interfaceSimpleName()).append(" extends EndpointCaller {\n");
        out.append(body).append("}\n");
        return out.toString();
    }

    private String method(EndpointDef endpoint, String constants, Imports imports) {
        String returns = "ApiResponse<" + types.java(endpoint.response(), false, imports) + ">";
        String constant = constants + "." + Text.constantName(endpoint.name());
        var out = new StringBuilder();
        String returnType = types.java(endpoint.response(), false, new Imports("none"));
        if (endpoint.request() == null) {
            out.append(javadoc(endpoint, returnType, "", null)).append("    default ").append(returns).append(' ').append(endpoint.name()).append("() {\n");
            out.append("        return call(").append(constant).append(", null);\n    }\n");
            return out.toString();
        }
        TypeDef request = model.types().get(endpoint.request());
        String requestType = types.java(endpoint.request(), false, imports);
        if (endpoint.requestIsList()) {
            requestType = imports.add("java.util.List") + "<" + requestType + ">";
        }
        out.append(javadoc(endpoint, returnType, "", endpoint.requestIsList() ? "requests the elements of the JSON array sent"
                : "request the parameters, checked when it was built"));
        out.append("    default ").append(returns).append(' ').append(endpoint.name()).append("(").append(requestType)
                .append(endpoint.requestIsList() ? " requests" : " request").append(") {\n");
        out.append("        return call(").append(constant).append(endpoint.requestIsList() ? ", requests" : ", request")
                .append(");\n    }\n");
        String walk = pages.write(endpoint, imports);
        if (walk != null) {
            out.append(walk);
        }
        if (!endpoint.requestIsList() && request.fields().stream().allMatch(FieldDef::optional)) {
            String nulls = String.join(", ", request.fields().stream().map(f -> "null").toList());
            out.append(javadoc(endpoint, returnType, "\n     *\n     * <p>With no parameters set.", null));
            out.append("    default ").append(returns).append(' ').append(endpoint.name()).append("() {\n");
            out.append("        return ").append(endpoint.name()).append("(new ").append(requestType).append("(").append(nulls)
                    .append("));\n    }\n");
        }
        return out.toString();
    }

    /** The method's javadoc; {@code param} is the request's {@code @param} line, or null. */
    private static String javadoc(EndpointDef endpoint, String returnType, String note, String param) {
        var out = new StringBuilder("\n    /**\n     * ");
        out.append(Text.javadoc(endpoint.doc().isBlank() ? endpoint.name() : endpoint.doc()));
        out.append("\n     *\n     * <p>{@code ").append(endpoint.method()).append(' ').append(endpoint.path()).append("}, ")
                .append(Map.of("public", "public", "private", "signed", "optional", "signed when credentials are set")
                        .get(endpoint.auth()));
        out.append("; rate limit ").append(RateLimits.describe(endpoint.limit()));
        if (endpoint.limit().group() != null) {
            out.append(" shared with the other endpoints of group {@code ").append(endpoint.limit().group()).append('}');
        }
        if (!endpoint.limit().documented()) {
            out.append(" (no documented limit: the SDK's conservative default)");
        }
        if (!endpoint.page().equals("none")) {
            out.append("; paginated by {@code ").append(endpoint.page()).append('}');
        }
        out.append('.').append(note).append("\n     *\n");
        if (param != null) {
            out.append("     * @param ").append(param).append('\n');
        }
        out.append("     * @return Bitget's answer, its {@code data} read as {@code ").append(returnType.replace("<", "&lt;").replace(">", "&gt;"))
                .append("}\n");
        out.append("     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether"
                + " the request may have reached Bitget\n");
        out.append("     */\n");
        return out.toString();
    }
}
