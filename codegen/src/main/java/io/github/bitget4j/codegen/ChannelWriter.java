package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.JavaTypes.Imports;
import io.github.bitget4j.codegen.Model.ChannelDef;
import io.github.bitget4j.codegen.Model.EnumDef;
import io.github.bitget4j.codegen.Model.ModelFile;
import io.github.bitget4j.codegen.Model.TypeDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The WebSocket channels of one model file: a class ({@code ChannelsV2}/{@code ChannelsV3}) with the table of every
 * channel ({@code ALL}: socket, instTypes, target, push record) and a typed factory per channel, which builds the
 * topic through {@code WsTopicV2}/{@code WsTopicV3} (they check it against the same table).
 */
final class ChannelWriter {

    private final Model model;
    private final JavaTypes types;

    ChannelWriter(Model model, JavaTypes types) {
        this.model = model;
        this.types = types;
    }

    /** Checks what the parser cannot: names resolve, instTypes and intervals are values of their enums. */
    static void check(Model model) {
        var classes = new HashSet<String>();
        for (ModelFile file : model.files()) {
            if (!file.hasChannels()) {
                continue;
            }
            if (!classes.add(file.version())) {
                throw new IllegalArgumentException(file.path() + ": declare the channels of " + file.version()
                        + " in one file");
            }
            var methods = new HashSet<String>();
            for (ChannelDef channel : file.channels()) {
                String where = file.path() + ":" + channel.line() + ": ";
                TypeDef push = model.types().get(channel.push());
                if (push == null || push.isRequest()) {
                    throw new IllegalArgumentException(where + "no push type named " + channel.push());
                }
                EnumDef instType = model.enums().get(channel.instTypeEnum());
                if (instType == null) {
                    throw new IllegalArgumentException(where + "no enum named " + channel.instTypeEnum());
                }
                for (String value : channel.instTypes()) {
                    if (instType.values().stream().noneMatch(v -> v.wire().equals(value))) {
                        throw new IllegalArgumentException(where + value + " is not a value of " + instType.name());
                    }
                }
                if (channel.intervalEnum() != null && !model.enums().containsKey(channel.intervalEnum())) {
                    throw new IllegalArgumentException(where + "no enum named " + channel.intervalEnum());
                }
                if (!methods.add(channel.method())) {
                    throw new IllegalArgumentException(where + "two channels make the method " + channel.method()
                            + "; name one with a method line");
                }
            }
        }
    }

    String className(ModelFile file) {
        return file.channelsClass().substring(file.channelsClass().lastIndexOf('.') + 1);
    }

    String packageName(ModelFile file) {
        return file.channelsClass().substring(0, file.channelsClass().lastIndexOf('.'));
    }

    String write(ModelFile file) {
        String pkg = packageName(file);
        String version = file.version().toUpperCase(Locale.ROOT);
        var imports = new Imports(pkg);
        String topicType = imports.add("io.github.bitget4j.ws.WsTopic" + version);
        String typed = imports.add("io.github.bitget4j.ws.WsTypedTopic");
        String spec = imports.add("io.github.bitget4j.ws.WsChannelSpec");
        String key = imports.add("io.github.bitget4j.ws.WsKey");
        String list = imports.add("java.util.List");
        var table = new ArrayList<String>();
        var factories = new StringBuilder();
        for (ChannelDef channel : file.channels()) {
            String push = types.java(channel.push(), false, imports);
            String socket = key + "." + version + (channel.isPrivate() ? "_PRIVATE" : "_PUBLIC");
            String instTypes = list + ".of(" + String.join(", ", channel.instTypes().stream().map(Text::quote).toList()) + ")";
            String target = Text.quote(channel.target()) + ", " + (channel.allValue() == null ? "null" : Text.quote(channel.allValue()));
            for (String name : names(channel)) {
                table.add("new " + spec + "(" + Text.quote(name) + ", " + socket + ", " + instTypes + ", " + target + ", "
                        + push + ".class)");
            }
            factories.append(factories(channel, version, topicType, typed, push, imports));
        }
        var out = new StringBuilder();
        out.append(Text.header(file.path(), "//")).append("package ").append(pkg).append(";\n\n");
        out.append(imports.render(true)).append('\n');
        out.append("/**\n * ").append(Text.javadoc(file.doc().isBlank() ? "The " + version + " WebSocket channels." : file.doc()))
                .append("\n * Each factory builds a topic whose pushes the client decodes into the channel's record; a topic\n")
                .append(" * Bitget does not offer (a channel for another instType, a missing symbol) fails when built, naming the\n")
                .append(" * valid choices.\n */\n");
        out.append("public final class ").append(className(file)).append(" {\n\n");
        out.append("    /** Every ").append(version).append(" channel of the model, one entry per channel name and push record. */\n");
        out.append("    public static final ").append(list).append("<").append(spec).append("> ALL = ").append(list).append(".of(");
        for (int i = 0; i < table.size(); i++) {
            out.append(i == 0 ? "\n            " : ",\n            ").append(table.get(i));
        }
        out.append(");\n\n    private ").append(className(file)).append("() {\n    }\n");
        out.append(factories);
        out.append("}\n");
        return out.toString();
    }

    /** The package-info of a channel file's package: push records and the typed topic factories. */
    static String packageInfo(ModelFile file) {
        return Text.header(file.path(), "//") + "/**\n * The " + file.version().toUpperCase(Locale.ROOT)
                + " WebSocket channels generated from {@code codegen/model/" + file.path() + "}: the typed topic\n"
                + " * factories and the record each channel's pushes decode into. Enum fields read a value this SDK version"
                + " does not\n * know as {@code UNKNOWN} and keep the text ({@code ...Raw()}).\n */\n"
                + "@NullMarked\npackage " + file.modelsPackage() + ";\n\nimport org.jspecify.annotations.NullMarked;\n";
    }

    static final String CATALOG_PATH = "testkit/src/generated/resources/io/github/bitget4j/testkit/model/channels.json";

    /** Every channel as JSON for the testkit, which acknowledges exactly these subscriptions. */
    String catalog() {
        var out = new StringBuilder("{\n  \"generatedFrom\": \"codegen/model; edit the model, not this file\",\n");
        out.append("  \"channels\": [");
        boolean first = true;
        for (ModelFile file : model.files()) {
            for (ChannelDef channel : file.channels()) {
                for (String name : names(channel)) {
                    out.append(first ? "\n" : ",\n").append("    {\"version\": ").append(Text.quote(file.version()))
                            .append(", \"name\": ").append(Text.quote(name))
                            .append(", \"private\": ").append(channel.isPrivate())
                            .append(", \"instTypes\": [")
                            .append(String.join(", ", channel.instTypes().stream().map(Text::quote).toList()))
                            .append("], \"target\": ").append(Text.quote(channel.target()))
                            .append(", \"all\": ").append(channel.allValue() == null ? "null" : Text.quote(channel.allValue()))
                            .append(", \"interval\": ").append("arg".equals(channel.intervalIn())
                                    ? "[" + String.join(", ", model.enums().get(channel.intervalEnum()).values().stream()
                                    .map(v -> Text.quote(v.wire())).toList()) + "]" : "null")
                            .append(", \"push\": ").append(Text.quote(channel.push())).append('}');
                    first = false;
                }
            }
        }
        return out.append("\n  ]\n}\n").toString();
    }

    /** The wire names of a channel: one per interval when the interval is part of the name. */
    private List<String> names(ChannelDef channel) {
        if (!"name".equals(channel.intervalIn())) {
            return List.of(channel.wire());
        }
        return model.enums().get(channel.intervalEnum()).values().stream()
                .map(v -> channel.wire().replace("{interval}", v.wire())).toList();
    }

    private String factories(ChannelDef channel, String version, String topicType, String typed, String push,
                             Imports imports) {
        var params = new ArrayList<String>();
        var docs = new ArrayList<String>();
        String instType;
        if (channel.instTypes().size() == 1) {
            instType = Text.quote(channel.instTypes().getFirst());
        } else {
            String enumName = types.java(channel.instTypeEnum(), false, imports);
            params.add(enumName + " instType");
            docs.add("instType one of " + String.join(", ", channel.instTypes()));
            instType = "instType.wire()";
        }
        String name = Text.quote(channel.wire());
        String interval = "null";
        if (channel.intervalEnum() != null) {
            String enumName = types.java(channel.intervalEnum(), false, imports);
            params.add(enumName + " interval");
            docs.add("interval the candle interval");
            if (channel.intervalIn().equals("name")) {
                String[] parts = channel.wire().split("\\{interval}", -1);
                name = Text.quote(parts[0]) + " + interval.wire()" + (parts[1].isEmpty() ? "" : " + " + Text.quote(parts[1]));
            } else {
                interval = "interval.wire()";
            }
        }
        String doc = channel.doc().isBlank() ? "The " + channel.wire() + " channel." : Text.javadoc(channel.doc());
        String returns = typed + "<" + topicType + ", " + push + ">";
        var out = new StringBuilder();
        boolean v2 = version.equals("V2");
        if (channel.target().equals("none")) {
            String topic = "new " + topicType + "(" + instType + ", " + name + ", null, null)";
            out.append(factory(doc, docs, returns, channel.method(), params, topic, push));
            return out.toString();
        }
        String targetParam = channel.target().equals("coin") ? "coin" : channel.target();
        if (channel.allValue() != null) {
            String all = "new " + topicType + "(" + instType + ", " + name + ", "
                    + (channel.target().equals("coin") ? "null, " + Text.quote(channel.allValue())
                    : Text.quote(channel.allValue()) + ", null") + ")";
            out.append(factory(doc + " Every " + (channel.target().equals("coin") ? "coin" : "symbol") + ".", docs,
                    returns, channel.method(), params, all, push));
        }
        var withTarget = new ArrayList<>(params);
        withTarget.add("String " + targetParam);
        var targetDocs = new ArrayList<>(docs);
        targetDocs.add(targetParam + (channel.target().equals("coin") ? " the coin, e.g. USDT" : " the symbol, e.g. BTCUSDT"));
        String topic;
        if (v2) {
            topic = "new " + topicType + "(" + instType + ", " + name + ", "
                    + (channel.target().equals("coin") ? "null, coin" : "instId, null") + ")";
        } else {
            topic = "new " + topicType + "(" + instType + ", " + name + ", symbol, " + interval + ")";
        }
        out.append(factory(doc, targetDocs, returns, channel.method(), withTarget, topic, push));
        return out.toString();
    }

    private static String factory(String doc, List<String> paramDocs, String returns, String method, List<String> params,
                                  String topic, String push) {
        var out = new StringBuilder("\n    /**\n     * ").append(doc).append("\n     *\n");
        for (String p : paramDocs) {
            out.append("     * @param ").append(p).append('\n');
        }
        out.append("     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code ").append(push).append("}\n");
        out.append("     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for\n");
        out.append("     */\n    public static ").append(returns).append(" ").append(method).append("(")
                .append(String.join(", ", params)).append(") {\n");
        out.append("        return new WsTypedTopic<>(").append(topic).append(", ").append(push).append(".class);\n    }\n");
        return out.toString();
    }
}
