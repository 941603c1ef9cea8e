package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The channels (V2) and topics (V3) the testkit acknowledges: every one of the SDK's model (the {@code channels.json}
 * that codegen makes), for the instTypes the model lists. The symbol must exist on the market that serves the
 * instType: the spot exchange for {@code SPOT}, {@code spot} and {@code MARGIN}; the one simulated futures market for
 * every futures product type (USDT-, coin- and USDC-margined, demo ones included: the testkit has one futures market
 * and serves it under each name). The canonical text of a subscription is {@code instType|name|target}
 * ({@code |interval} appended for V3 kline).
 */
final class WsChannels {

    private static final String RESOURCE = "/io/github/bitget4j/testkit/model/channels.json";

    /** A valid subscription. {@code symbol} is empty for private channels. */
    record Channel(String name, String instType, String symbol, String key, boolean privateChannel) {

        boolean spot() {
            return instType.equalsIgnoreCase("SPOT");
        }

        boolean futures() {
            return family() == Family.FUTURES;
        }

        Family family() {
            return familyOf(instType);
        }
    }

    /** The market an instType is served from. */
    enum Family { SPOT, MARGIN, FUTURES, UTA }

    static Family familyOf(String instType) {
        if (instType.equalsIgnoreCase("SPOT")) {
            return Family.SPOT;
        }
        if (instType.equals("MARGIN")) {
            return Family.MARGIN;
        }
        return instType.equals("UTA") ? Family.UTA : Family.FUTURES;
    }

    private record Spec(String version, String name, boolean privateChannel, List<String> instTypes, String target,
                        @Nullable String all, @Nullable List<String> intervals) {
    }

    private final Exchange exchange;
    private final FuturesEngine futures;
    private final List<Spec> specs;

    WsChannels(Exchange exchange, FuturesEngine futures) {
        this.exchange = exchange;
        this.futures = futures;
        this.specs = load();
    }

    /** The channel the arg names, or null when the model does not have it (or the symbol is unknown). */
    @Nullable Channel parse(boolean v3, JsonObject arg) {
        String instType = WsTradeApi.text(arg, "instType");
        String name = WsTradeApi.text(arg, v3 ? "topic" : "channel");
        for (Spec spec : specs) {
            if (spec.version().equals(v3 ? "v3" : "v2") && spec.name().equals(name) && spec.instTypes().contains(instType)) {
                return channel(spec, arg, instType, name);
            }
        }
        return null;
    }

    private @Nullable Channel channel(Spec spec, JsonObject arg, String instType, String name) {
        String target = spec.target().equals("none") ? "" : WsTradeApi.text(arg, spec.target());
        String interval = WsTradeApi.text(arg, "interval");
        if (spec.intervals() != null ? !spec.intervals().contains(interval) : !interval.isEmpty()) {
            return null;
        }
        if (!spec.target().equals("none")) {
            boolean all = target.equals(spec.all());
            boolean known = all || spec.target().equals("coin") && !target.isEmpty() || known(instType, target);
            if (!known) {
                return null;
            }
        }
        String key = instType + "|" + name + "|" + target + (interval.isEmpty() ? "" : "|" + interval);
        return new Channel(name, instType, spec.privateChannel() ? "" : target, key, spec.privateChannel());
    }

    private boolean known(String instType, String symbol) {
        if (symbol.isEmpty()) {
            return false;
        }
        try {
            switch (familyOf(instType)) {
                case SPOT, MARGIN -> exchange.spec(symbol);
                case FUTURES -> futures.contract(symbol);
                case UTA -> {
                    return false; // UTA topics take no symbol
                }
            }
            return true;
        } catch (MarketException | FuturesException unknown) {
            return false;
        }
    }

    private static List<Spec> load() {
        try (InputStream in = WsChannels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the channel model " + RESOURCE + " is missing from the testkit jar");
            }
            var specs = new ArrayList<Spec>();
            for (JsonElement e : JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject().getAsJsonArray("channels")) {
                JsonObject o = e.getAsJsonObject();
                specs.add(new Spec(o.get("version").getAsString(), o.get("name").getAsString(),
                        o.get("private").getAsBoolean(), strings(o.get("instTypes")), o.get("target").getAsString(),
                        o.get("all").isJsonNull() ? null : o.get("all").getAsString(),
                        o.get("interval").isJsonNull() ? null : strings(o.get("interval"))));
            }
            return List.copyOf(specs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonElement array) {
        var list = new ArrayList<String>();
        array.getAsJsonArray().forEach(v -> list.add(v.getAsString()));
        return list;
    }
}
