package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.Model.EnumValue;
import io.github.bitget4j.codegen.Model.FieldDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The javadoc of a request field: the model's doc when it has one, else a sentence from the name and type,
 * then what the checks enforce and the wire name, e.g. {@code symbol, e.g. BTCUSDT (required, sent as
 * {@code symbol})}. One text for the record's {@code @param}, the constructors, factories and builder setters.
 */
final class FieldDocs {

    /** Meanings of names that recur across the model, for fields whose model line has no doc. */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("symbol", "trading pair, e.g. BTCUSDT"),
            Map.entry("coin", "coin, e.g. USDT"),
            Map.entry("orderId", "Bitget's order ID"),
            Map.entry("clientOid", "your own order ID"),
            Map.entry("startTime", "start of the time range"),
            Map.entry("endTime", "end of the time range"),
            Map.entry("limit", "number of items per page"),
            Map.entry("pageSize", "number of items per page"),
            Map.entry("pageNo", "page number, from 1"),
            Map.entry("idLessThan", "cursor: items before this ID (from the previous page)"),
            Map.entry("productType", "futures product line, e.g. USDT-FUTURES"),
            Map.entry("marginCoin", "margin coin, e.g. USDT"),
            Map.entry("category", "product category"),
            Map.entry("subUid", "sub-account user ID"));

    private static final Map<String, String> TYPE_WORDS = Map.of(
            "text", "text", "decimal", "decimal", "int", "integer", "long", "integer", "bool", "true or false",
            "time", "instant, sent as Unix milliseconds", "json", "raw JSON");

    private final JavaTypes types;

    FieldDocs(JavaTypes types) {
        this.types = types;
    }

    /** The full description: meaning, constraints and wire name, ending without a full stop. */
    String describe(FieldDef field) {
        String meaning = field.doc().isBlank() ? fromName(field) : stripStop(Text.javadoc(field.doc()));
        var notes = new ArrayList<String>();
        notes.add(field.optional() ? "optional" : "required");
        notes.addAll(checks(field));
        notes.add("sent as {@code " + field.wire() + "}" + (field.flags().contains("path") ? " in the path" : ""));
        return meaning + " (" + String.join(", ", notes) + ")";
    }

    /** A sentence for a field the model does not document: its name in words, its type, its enum choices. */
    private String fromName(FieldDef field) {
        String known = KNOWN.get(field.name());
        String base = JavaTypes.base(field.type());
        String words = known != null ? known : words(field.name());
        if (types.isEnum(base)) {
            List<String> choices = types.enumDef(base).values().stream().map(EnumValue::wire).toList();
            String shown = String.join(", ", choices.stream().limit(8).map(c -> "{@code " + c + "}").toList());
            return words + (JavaTypes.isList(field.type()) ? ", each one of " : ", one of ") + shown
                    + (choices.size() > 8 ? " and " + (choices.size() - 8) + " more" : "");
        }
        String typeWords = TYPE_WORDS.get(base);
        if (known != null || typeWords == null || base.equals("text")) {
            return JavaTypes.isList(field.type()) ? words + " (a list)" : words;
        }
        return words + (JavaTypes.isList(field.type()) ? ", a list of " : ", ") + typeWords;
    }

    private static List<String> checks(FieldDef field) {
        var out = new ArrayList<String>();
        for (String flag : field.flags()) {
            if (flag.equals("positive")) {
                out.add("greater than 0");
            } else if (flag.equals("nonneg")) {
                out.add("0 or more");
            } else if (flag.startsWith("min=")) {
                out.add("at least " + flag.substring(4));
            } else if (flag.startsWith("max=")) {
                out.add("at most " + flag.substring(4));
            }
        }
        if (JavaTypes.isList(field.type()) && !field.optional()) {
            out.add("not empty");
        }
        return out;
    }

    /** clientOid -> client oid; the name in lower-case words. */
    static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String stripStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
