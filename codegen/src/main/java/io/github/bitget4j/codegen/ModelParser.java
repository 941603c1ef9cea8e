package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.Model.ChannelDef;
import io.github.bitget4j.codegen.Model.EndpointDef;
import io.github.bitget4j.codegen.Model.EnumDef;
import io.github.bitget4j.codegen.Model.EnumValue;
import io.github.bitget4j.codegen.Model.Factory;
import io.github.bitget4j.codegen.Model.FieldDef;
import io.github.bitget4j.codegen.Model.ModelFile;
import io.github.bitget4j.codegen.Model.Rule;
import io.github.bitget4j.codegen.Model.TypeDef;
import io.github.bitget4j.codegen.Model.TypeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses one model file (format: codegen/MODEL-FORMAT.md). Errors name the file and line. */
final class ModelParser {

    private static final Pattern FACTORY = Pattern.compile("([a-zA-Z][a-zA-Z0-9]*)\\(([^)]*)\\)((?: +[a-zA-Z0-9]+=\\S+)*)");
    private static final Set<String> SCALARS = Set.of("text", "decimal", "int", "long", "bool", "time", "json");
    private static final Set<String> AUTHS = Set.of("public", "private", "optional");
    private static final Set<String> PAGES = Set.of("none", "idLessThan", "cursor", "pageNo");

    /** One meaningful line: indentation level, words before the doc, and the doc. */
    private record Line(int number, int level, List<String> words, String doc) {
        String word(int i) {
            return i < words.size() ? words.get(i) : null;
        }
    }

    private final String path;
    private final List<Line> lines = new ArrayList<>();
    private int next;

    private String version;
    private String area;
    private String areaDoc = "";
    private String interfaceName;
    private String modelsPackage;
    private final List<EnumDef> enums = new ArrayList<>();
    private final List<TypeDef> types = new ArrayList<>();
    private final List<EndpointDef> endpoints = new ArrayList<>();
    private String channelsClass;
    private final List<ChannelDef> channels = new ArrayList<>();

    private ModelParser(String path, String text) {
        this.path = path;
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            Line line = lex(i + 1, raw[i]);
            if (line != null) {
                lines.add(line);
            }
        }
    }

    static ModelFile parse(String path, String text) {
        return new ModelParser(path, text).parseFile();
    }

    private Line lex(int number, String text) {
        if (text.indexOf('\t') >= 0) {
            throw error(number, "tabs are not allowed; indent with two spaces");
        }
        String stripped = text.stripTrailing();
        if (stripped.isBlank() || stripped.stripLeading().startsWith("#")) {
            return null;
        }
        int indent = 0;
        while (stripped.charAt(indent) == ' ') {
            indent++;
        }
        if (indent % 2 != 0) {
            throw error(number, "indentation must be a multiple of two spaces");
        }
        String body = stripped.substring(indent);
        String doc = "";
        int docAt = body.indexOf(" -- ");
        if (docAt >= 0) {
            doc = body.substring(docAt + 4).strip();
            body = body.substring(0, docAt);
        } else if (body.endsWith(" --")) {
            body = body.substring(0, body.length() - 3);
        }
        int comment = body.indexOf('#');
        if (comment >= 0) {
            body = body.substring(0, comment);
        }
        List<String> words = Arrays.stream(body.strip().split(" +")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            throw error(number, "a line holds only a doc");
        }
        return new Line(number, indent / 2, words, doc);
    }

    private ModelFile parseFile() {
        while (next < lines.size()) {
            Line line = lines.get(next++);
            if (line.level() != 0) {
                throw error(line.number(), "unexpected indentation");
            }
            switch (line.word(0)) {
                case "area" -> parseArea(line);
                case "enum" -> parseEnum(line);
                case "type" -> parseType(line);
                case "request" -> types.add(parseRequest(line, 0));
                case "endpoint" -> parseEndpoint(line);
                case "channel" -> channels.add(ChannelParser.parse(line.words(), line.doc(), childLines(), path,
                        line.number(), version));
                default -> throw error(line.number(), "expected area, enum, type, request, endpoint or channel, found '"
                        + line.word(0) + "'");
            }
        }
        if (version == null) {
            throw error(1, "the file has no 'area' line");
        }
        if (!endpoints.isEmpty() && interfaceName == null) {
            throw error(1, "a file with endpoints needs an 'interface' line");
        }
        if (!channels.isEmpty() && channelsClass == null) {
            throw error(1, "a file with channels needs a 'channels' line");
        }
        if (!channels.isEmpty() && !endpoints.isEmpty()) {
            throw error(1, "declare channels and endpoints in separate files");
        }
        return new ModelFile(path, version, area, areaDoc, interfaceName, modelsPackage, List.copyOf(enums),
                List.copyOf(types), List.copyOf(endpoints), channelsClass, List.copyOf(channels));
    }

    private void parseArea(Line line) {
        expectWords(line, 3);
        version = line.word(1);
        if (!version.equals("v2") && !version.equals("v3")) {
            throw error(line.number(), "area version must be v2 or v3");
        }
        area = line.word(2);
        areaDoc = line.doc();
        for (Line child : children(0)) {
            expectWords(child, 2);
            switch (child.word(0)) {
                case "interface" -> interfaceName = child.word(1);
                case "models" -> modelsPackage = child.word(1);
                case "channels" -> channelsClass = child.word(1);
                default -> throw error(child.number(), "expected interface, models or channels");
            }
        }
        if (modelsPackage == null) {
            throw error(line.number(), "the area needs a 'models' line");
        }
    }

    private void parseEnum(Line line) {
        expectWords(line, 2);
        requirePackage(line);
        var values = new ArrayList<EnumValue>();
        for (Line child : children(0)) {
            expectWords(child, 1);
            String word = child.word(0);
            int eq = word.indexOf('=');
            String constant = eq > 0 ? word.substring(0, eq) : constantOf(word);
            String wire = eq > 0 ? word.substring(eq + 1) : word;
            if (!constant.matches("[A-Z_][A-Z0-9_]*") || constant.equals("UNKNOWN")) {
                throw error(child.number(), "'" + constant + "' is not a usable enum constant; write CONSTANT=wire");
            }
            if (values.stream().anyMatch(v -> v.constant().equals(constant))) {
                throw error(child.number(), "two values map to the constant " + constant + "; write CONSTANT=wire");
            }
            values.add(new EnumValue(constant, wire, child.doc()));
        }
        if (values.isEmpty()) {
            throw error(line.number(), "an enum needs at least one value");
        }
        enums.add(new EnumDef(line.word(1), modelsPackage, line.doc(), List.copyOf(values), path));
    }

    /** USDT-FUTURES -> USDT_FUTURES, post_only -> POST_ONLY, 1m -> _1M (callers override such ones). */
    static String constantOf(String wire) {
        String constant = wire.replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
        constant = constant.replaceAll("^_+|_+$", "");
        return constant.isEmpty() || Character.isDigit(constant.charAt(0)) ? "_" + constant : constant;
    }

    private void parseType(Line line) {
        expectWords(line, 2);
        requirePackage(line);
        String modifier = line.word(2);
        TypeKind kind = modifier == null ? TypeKind.RESPONSE : switch (modifier) {
            case "array" -> TypeKind.ARRAY;
            case "custom" -> TypeKind.CUSTOM;
            default -> throw error(line.number(), "a type modifier is 'array' or 'custom'");
        };
        types.add(new TypeDef(line.word(1), modelsPackage, line.doc(), kind, responseFields(0, kind), List.of(),
                List.of(), path));
    }

    private List<FieldDef> responseFields(int parentLevel, TypeKind kind) {
        var fields = new ArrayList<FieldDef>();
        for (Line child : children(parentLevel)) {
            if (kind == TypeKind.CUSTOM) {
                throw error(child.number(), "a custom type lists no fields");
            }
            fields.add(field(child, "?"));
        }
        return List.copyOf(fields);
    }

    private TypeDef parseRequest(Line line, int level) {
        expectWords(line, 2);
        requirePackage(line);
        var fields = new ArrayList<FieldDef>();
        var rules = new ArrayList<Rule>();
        var factories = new ArrayList<Factory>();
        for (Line child : children(level)) {
            switch (child.word(0)) {
                case "rule" -> rules.add(rule(child));
                case "factory" -> factories.add(factory(child));
                default -> fields.add(field(child, "!"));
            }
        }
        return new TypeDef(line.word(1), modelsPackage, line.doc(), TypeKind.REQUEST, List.copyOf(fields),
                List.copyOf(rules), List.copyOf(factories), path);
    }

    /** A field line; {@code marker} is the suffix that flips the default ("!" required, "?" nullable). */
    private FieldDef field(Line line, String marker) {
        expectWords(line, 2);
        String name = line.word(0);
        if (!name.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
            throw error(line.number(), "'" + name + "' is not a field name; use wire=<name> for odd wire names");
        }
        String type = line.word(1);
        boolean marked = type.endsWith(marker);
        if (marked) {
            type = type.substring(0, type.length() - 1);
        }
        if (type.endsWith("!") || type.endsWith("?")) {
            throw error(line.number(), "'" + line.word(1) + "': use '" + marker + "' here");
        }
        checkTypeSpelling(line, type);
        boolean optional = marker.equals("!") != marked;
        List<String> flags = line.words().subList(2, line.words().size());
        String wire = name;
        for (String flag : flags) {
            if (flag.startsWith("wire=")) {
                wire = flag.substring(5);
            } else if (!flag.matches("positive|nonneg|path|(min|max)=-?[0-9.]+")) {
                throw error(line.number(), "unknown flag '" + flag + "'");
            }
        }
        return new FieldDef(name, wire, type, optional, List.copyOf(flags), line.doc());
    }

    private void checkTypeSpelling(Line line, String type) {
        String base = type;
        while (base.startsWith("list<") && base.endsWith(">")) {
            base = base.substring(5, base.length() - 1);
        }
        if (!SCALARS.contains(base) && !base.matches("[A-Z][A-Za-z0-9]*")) {
            throw error(line.number(), "unknown type '" + type + "'");
        }
    }

    private Rule rule(Line line) {
        expectWords(line, 3);
        String kind = line.word(1);
        List<String> args = line.words().subList(2, line.words().size());
        int wanted = switch (kind) {
            case "requireIf", "requireUnless", "eachRequireIf", "either" -> 2;
            default -> throw error(line.number(), "unknown rule '" + kind + "'");
        };
        if (args.size() != wanted) {
            throw error(line.number(), "rule " + kind + " takes " + wanted + " arguments");
        }
        return new Rule(kind, List.copyOf(args), line.doc());
    }

    private Factory factory(Line line) {
        expectWords(line, 2);
        String spec = String.join(" ", line.words().subList(1, line.words().size()));
        Matcher m = FACTORY.matcher(spec);
        if (!m.matches()) {
            throw error(line.number(), "write a factory as name(field, field)");
        }
        List<String> params = Arrays.stream(m.group(2).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        var fixed = new java.util.LinkedHashMap<String, String>();
        for (String assignment : m.group(3).strip().split(" +")) {
            if (!assignment.isEmpty()) {
                fixed.put(assignment.substring(0, assignment.indexOf('=')), assignment.substring(assignment.indexOf('=') + 1));
            }
        }
        return new Factory(m.group(1), params, java.util.Collections.unmodifiableMap(fixed), line.doc());
    }

    private void parseEndpoint(Line line) {
        expectWords(line, 5);
        if (line.words().size() != 5) {
            throw error(line.number(), "endpoint <referenceName> <GET|POST> <path> <public|private|optional>");
        }
        String method = line.word(2);
        if (!method.equals("GET") && !method.equals("POST")) {
            throw error(line.number(), "the verb is GET or POST");
        }
        String auth = line.word(4);
        if (!AUTHS.contains(auth)) {
            throw error(line.number(), "auth is public, private or optional");
        }
        String doc = line.doc();
        Model.LimitDef limit = null;
        String page = "none";
        var pageOptions = new java.util.LinkedHashMap<String, String>();
        String custom = "none";
        String request = null;
        boolean requestIsList = false;
        String response = null;
        while (next < lines.size() && lines.get(next).level() > 0) {
            Line child = lines.get(next++);
            if (child.level() != 1) {
                throw error(child.number(), "unexpected indentation");
            }
            switch (child.word(0)) {
                case "doc" -> doc = String.join(" ", child.words().subList(1, child.words().size())) + child.doc();
                case "limit" -> {
                    limit = RateLimits.parse(String.join(" ", child.words().subList(1, child.words().size())));
                    if (limit == null) {
                        throw error(child.number(), "limit is <count>/<s|min> <uid|ip> [group=<name>], e.g. 10/s uid");
                    }
                }
                case "page" -> {
                    page = child.word(1);
                    if (!PAGES.contains(page)) {
                        throw error(child.number(), "page is one of " + PAGES);
                    }
                    for (String option : child.words().subList(2, child.words().size())) {
                        if (!option.matches("(items|next|param)=[A-Za-z0-9_]+")) {
                            throw error(child.number(), "page options are items=<field>, next=<field>, param=<field>");
                        }
                        pageOptions.put(option.substring(0, option.indexOf('=')), option.substring(option.indexOf('=') + 1));
                    }
                }
                case "custom" -> custom = child.word(1);
                case "request" -> {
                    String spec = child.word(1);
                    requestIsList = spec.startsWith("list<");
                    request = requestIsList ? spec.substring(5, spec.length() - 1) : spec;
                    if (hasChildren(1)) {
                        if (requestIsList) {
                            throw error(child.number(), "declare the element of a list request on its own");
                        }
                        types.add(parseRequest(child, 1));
                    }
                }
                case "response" -> {
                    expectWords(child, 2);
                    response = child.word(1);
                    checkTypeSpelling(child, response);
                    if (hasChildren(1)) {
                        String name = response.startsWith("list<") ? response.substring(5, response.length() - 1)
                                : response;
                        requirePackage(child);
                        types.add(new TypeDef(name, modelsPackage, child.doc(), TypeKind.RESPONSE,
                                responseFields(1, TypeKind.RESPONSE), List.of(), List.of(), path));
                    }
                }
                default -> throw error(child.number(), "expected doc, limit, page, custom, request or response");
            }
        }
        if (response == null) {
            throw error(line.number(), "endpoint " + line.word(1) + " has no response line");
        }
        endpoints.add(new EndpointDef(line.word(1), method, line.word(3), auth, doc,
                limit != null ? limit : RateLimits.defaultFor(auth), page,
                java.util.Collections.unmodifiableMap(pageOptions), custom, request, requestIsList, response, path,
                line.number()));
    }

    /** The lines indented exactly one level deeper than {@code level}, consumed; anything deeper is an error. */
    private List<Line> children(int level) {
        var result = new ArrayList<Line>();
        while (next < lines.size() && lines.get(next).level() > level) {
            Line line = lines.get(next++);
            if (line.level() != level + 1) {
                throw error(line.number(), "unexpected indentation");
            }
            result.add(line);
        }
        return result;
    }

    /** The child lines of a top-level line as (line number, words): for parsers of other blocks. */
    private List<ChannelParser.ChildLine> childLines() {
        return children(0).stream().map(l -> new ChannelParser.ChildLine(l.number(), l.words())).toList();
    }

    private boolean hasChildren(int level) {
        return next < lines.size() && lines.get(next).level() > level;
    }

    private void requirePackage(Line line) {
        if (modelsPackage == null) {
            throw error(line.number(), "declare 'area' with a 'models' package first");
        }
    }

    private void expectWords(Line line, int atLeast) {
        if (line.words().size() < atLeast) {
            throw error(line.number(), "incomplete line: " + String.join(" ", line.words()));
        }
    }

    private IllegalArgumentException error(int line, String message) {
        return new IllegalArgumentException(path + ":" + line + ": " + message);
    }
}
