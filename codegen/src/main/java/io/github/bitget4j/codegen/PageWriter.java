package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.JavaTypes.Imports;
import io.github.bitget4j.codegen.Model.EndpointDef;
import io.github.bitget4j.codegen.Model.FieldDef;
import io.github.bitget4j.codegen.Model.TypeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code stream...} method of a paginated endpoint: every item across pages, fetched lazily through
 * {@code io.github.bitget4j.internal.Pages}. Where the items and the next cursor are comes from the page line's
 * options, or by convention: the one list field of the page; {@code endId}, {@code cursor} or {@code nextCursor};
 * else the id of the page's last item.
 */
final class PageWriter {

    private static final List<String> ITEM_IDS = List.of("orderId", "tradeId", "fillId", "billId", "id");

    private final Model model;
    private final JavaTypes types;

    PageWriter(Model model, JavaTypes types) {
        this.model = model;
        this.types = types;
    }

    /** The method, or null when the endpoint is not paginated or its pages cannot be walked from the model. */
    String write(EndpointDef endpoint, Imports imports) {
        if (endpoint.page().equals("none") || endpoint.request() == null || endpoint.requestIsList()) {
            return null;
        }
        Walk walk = walk(endpoint);
        if (walk == null) {
            return null;
        }
        String requestType = types.java(endpoint.request(), false, imports);
        String itemType = types.java(walk.itemType(), false, imports);
        String stream = imports.add("java.util.stream.Stream");
        String pages = imports.add("io.github.bitget4j.internal.Pages");
        String copy = copyWith(walk.request(), walk.param(), walk.paramConversion());
        var out = new StringBuilder("\n    /**\n     * Every item of {@link #").append(endpoint.name()).append("}, page after page, starting with "
                + "{@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page "
                + "or when Bitget gives no next {@code ").append(walk.param()).append("}.\n     *\n     * @param request the "
                + "first page's parameters\n     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream\n     */\n");
        out.append("    default ").append(stream).append('<').append(itemType).append("> ").append(streamName(endpoint.name()))
                .append('(').append(requestType).append(" request) {\n");
        if (endpoint.page().equals("pageNo")) {
            out.append("        return ").append(pages).append(".byNumber(request, request.").append(walk.param())
                    .append("() == null ? 1 : request.").append(walk.param()).append("(), this::").append(endpoint.name())
                    .append(", ").append(walk.items()).append(",\n                (r, n) -> ").append(copy).append(");\n    }\n");
        } else {
            out.append("        return ").append(pages).append(".byCursor(request, this::").append(endpoint.name()).append(", ")
                    .append(walk.items()).append(", ").append(walk.next()).append(",\n                (r, n) -> ")
                    .append(copy).append(");\n    }\n");
        }
        return out.toString();
    }

    static String streamName(String name) {
        return "stream" + Text.capitalize(name.startsWith("get") ? name.substring(3) : name);
    }

    private record Walk(TypeDef request, String param, String paramConversion, String itemType, String items, String next) {
    }

    private Walk walk(EndpointDef endpoint) {
        TypeDef request = model.types().get(endpoint.request());
        String param = endpoint.pageOptions().getOrDefault("param", endpoint.page());
        FieldDef paramField = field(request, param);
        if (paramField == null) {
            return null;
        }
        String conversion = switch (paramField.type()) {
            case "text" -> "n";
            case "int" -> endpoint.page().equals("pageNo") ? "n" : "Integer.valueOf(n)";
            case "long" -> "Long.valueOf(n)";
            default -> null;
        };
        if (conversion == null) {
            return null;
        }
        String response = endpoint.response();
        if (JavaTypes.isList(response)) {
            String item = JavaTypes.element(response);
            String id = endpoint.pageOptions().getOrDefault("next", firstIdOf(model.types().get(item)));
            String next = id == null ? null : "page -> page.get(page.size() - 1)." + id + "()";
            return next == null && !endpoint.page().equals("pageNo") ? null
                    : new Walk(request, param, conversion, item, "page -> page", next);
        }
        TypeDef page = model.types().get(response);
        if (page == null) {
            return null;
        }
        List<FieldDef> lists = page.fields().stream().filter(f -> JavaTypes.isList(f.type())).toList();
        String itemsName = endpoint.pageOptions().get("items");
        FieldDef items = itemsName != null ? field(page, itemsName) : lists.size() == 1 ? lists.getFirst() : null;
        if (items == null || JavaTypes.isList(JavaTypes.element(items.type()))) {
            return null;
        }
        String item = JavaTypes.element(items.type());
        String next = endpoint.pageOptions().get("next");
        if (next == null) {
            for (String candidate : List.of("endId", "cursor", "nextCursor")) {
                if (field(page, candidate) != null) {
                    next = candidate;
                    break;
                }
            }
        }
        String nextExpression;
        if (next != null && field(page, next) != null) {
            nextExpression = "page -> page." + next + "()";
        } else {
            String id = next != null ? next : firstIdOf(model.types().get(item));
            nextExpression = id == null ? null : "page -> page." + items.name() + "() == null || page." + items.name()
                    + "().isEmpty() ? null : page." + items.name() + "().get(page." + items.name() + "().size() - 1)." + id + "()";
        }
        if (nextExpression == null && !endpoint.page().equals("pageNo")) {
            return null;
        }
        return new Walk(request, param, conversion, item, "page -> page." + items.name() + "()", nextExpression);
    }

    private static String firstIdOf(TypeDef item) {
        if (item == null) {
            return null;
        }
        for (String id : ITEM_IDS) {
            FieldDef field = field(item, id);
            if (field != null && field.type().equals("text")) {
                return id;
            }
        }
        return null;
    }

    private static FieldDef field(TypeDef type, String name) {
        return type.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** A copy of request {@code r} with the page parameter set to {@code n}. */
    private static String copyWith(TypeDef request, String param, String conversion) {
        var args = new ArrayList<String>();
        for (FieldDef field : request.fields()) {
            args.add(field.name().equals(param) ? conversion : "r." + field.name() + "()");
        }
        args.add("r.extraParams()");
        return "new " + request.name() + "(" + String.join(", ", args) + ")";
    }
}
