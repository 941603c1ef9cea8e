package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.Model.ChannelDef;
import java.util.List;
import java.util.Set;

/** Parses one {@code channel} block of a model file (format: codegen/MODEL-FORMAT.md, section Channels). */
final class ChannelParser {

    /** A child line: its number in the file and its words (the doc is not used). */
    record ChildLine(int number, List<String> words) {
    }

    private static final Set<String> TARGETS = Set.of("instId", "coin", "symbol", "none");

    private ChannelParser() {
    }

    /** {@code words}: {@code channel <wire> <public|private> <PushType>}; {@code children}: its indented lines. */
    static ChannelDef parse(List<String> words, String doc, List<ChildLine> children, String path, int line,
                            String version) {
        if (words.size() != 4) {
            throw error(path, line, "channel <wireName> <public|private> <PushType>");
        }
        String wire = words.get(1);
        String visibility = words.get(2);
        if (!visibility.equals("public") && !visibility.equals("private")) {
            throw error(path, line, "a channel is public or private");
        }
        String push = words.get(3);
        if (!push.matches("[A-Z][A-Za-z0-9]*")) {
            throw error(path, line, "the push type is a type name, e.g. WsTickerV2");
        }
        String method = methodName(wire.replace("{interval}", ""));
        String instTypeEnum = null;
        List<String> instTypes = List.of();
        String target = null;
        String allValue = null;
        String intervalEnum = null;
        String intervalIn = null;
        for (ChildLine child : children) {
            List<String> w = child.words();
            switch (w.get(0)) {
                case "method" -> {
                    expect(w, 2, path, child, "method <javaName>");
                    method = w.get(1);
                }
                case "instType" -> {
                    if (w.size() < 3) {
                        throw error(path, child.number(), "instType <EnumName> <wire value> ...");
                    }
                    instTypeEnum = w.get(1);
                    instTypes = List.copyOf(w.subList(2, w.size()));
                }
                case "target" -> {
                    if (w.size() < 2 || w.size() > 3 || !TARGETS.contains(w.get(1))) {
                        throw error(path, child.number(), "target is one of " + TARGETS + ", optionally all=<value>");
                    }
                    target = w.get(1);
                    if (w.size() == 3) {
                        if (!w.get(2).startsWith("all=") || target.equals("none")) {
                            throw error(path, child.number(), "write the value meaning every symbol or coin as all=<value>");
                        }
                        allValue = w.get(2).substring(4);
                    }
                }
                case "interval" -> {
                    expect(w, 3, path, child, "interval <EnumName> name|arg");
                    intervalEnum = w.get(1);
                    intervalIn = w.get(2);
                    if (!intervalIn.equals("name") && !intervalIn.equals("arg")) {
                        throw error(path, child.number(), "the interval goes in the channel 'name' or in its own 'arg'");
                    }
                }
                default -> throw error(path, child.number(), "expected method, instType, target or interval");
            }
        }
        if (instTypeEnum == null || target == null) {
            throw error(path, line, "channel " + wire + " needs an instType line and a target line");
        }
        if (wire.contains("{interval}") != "name".equals(intervalIn)) {
            throw error(path, line, "a channel name holds {interval} exactly when its interval line says 'name'");
        }
        if (target.equals("coin") && !version.equals("v2") || target.equals("symbol") && !version.equals("v3")
                || target.equals("instId") && !version.equals("v2")) {
            throw error(path, line, "target " + target + " is not a " + version + " argument field");
        }
        return new ChannelDef(wire, method, visibility.equals("private"), push, instTypeEnum, instTypes, target,
                allValue, intervalEnum, intervalIn, doc, path, line);
    }

    /** index-price -> indexPrice, orders-algo -> ordersAlgo. */
    static String methodName(String wire) {
        var out = new StringBuilder();
        boolean upper = false;
        for (char c : wire.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static void expect(List<String> words, int count, String path, ChildLine child, String form) {
        if (words.size() != count) {
            throw error(path, child.number(), form);
        }
    }

    private static IllegalArgumentException error(String path, int line, String message) {
        return new IllegalArgumentException(path + ":" + line + ": " + message);
    }
}
