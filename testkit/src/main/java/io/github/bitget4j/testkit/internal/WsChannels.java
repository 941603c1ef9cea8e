package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonObject;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The channels (V2) and topics (V3) the testkit serves, and the canonical text of a subscription:
 * {@code instType|channel|instId} for V2 (coin channels use the coin), {@code instType|topic|symbol} for V3
 * (empty symbol for private topics, which have none).
 */
final class WsChannels {

    /** A valid subscription. {@code symbol} is empty for private channels. */
    record Channel(String name, String symbol, String key, boolean privateChannel) {
    }

    private static final Set<String> V2_PUBLIC = Set.of("ticker", "trade", "books", "books1", "books5", "books15",
            "index-price", "candle1m", "candle5m", "candle15m", "candle30m", "candle1H", "candle4H", "candle6H",
            "candle12H", "candle1D", "candle3D", "candle1W", "candle1M", "candle6Hutc", "candle12Hutc", "candle1Dutc",
            "candle3Dutc", "candle1Wutc", "candle1Mutc");
    private static final Set<String> V2_PRIVATE = Set.of("account", "orders", "positions", "orders-algo",
            "positions-history", "orders-crossed", "account-crossed", "account-isolated", "orders-isolated");
    private static final Set<String> V2_COIN = Set.of("account", "account-crossed", "account-isolated");
    private static final Set<String> V3_PUBLIC = Set.of("ticker", "kline", "books", "publicTrade");
    private static final Set<String> V3_PRIVATE = Set.of("account", "position", "fill", "order", "strategy-order");

    private final Exchange exchange;

    WsChannels(Exchange exchange) {
        this.exchange = exchange;
    }

    /** The channel the arg names, or null when the testkit does not know it (or its symbol). */
    @Nullable Channel parse(boolean v3, JsonObject arg) {
        String instType = WsTradeApi.text(arg, "instType");
        String name = WsTradeApi.text(arg, v3 ? "topic" : "channel");
        if (v3) {
            String symbol = WsTradeApi.text(arg, "symbol");
            if (instType.equals("UTA") && V3_PRIVATE.contains(name)) {
                return new Channel(name, "", "UTA|" + name + "|" + symbol, true);
            }
            return instType.equals("spot") && V3_PUBLIC.contains(name) && known(symbol)
                    ? new Channel(name, symbol, "spot|" + name + "|" + symbol, false) : null;
        }
        if (!instType.equals("SPOT")) {
            return null; // the testkit market is spot only
        }
        if (V2_PRIVATE.contains(name)) {
            String target = WsTradeApi.text(arg, V2_COIN.contains(name) ? "coin" : "instId");
            boolean valid = V2_COIN.contains(name) || target.equals("default") || known(target);
            return valid && !target.isEmpty() ? new Channel(name, "", "SPOT|" + name + "|" + target, true) : null;
        }
        String instId = WsTradeApi.text(arg, "instId");
        return V2_PUBLIC.contains(name) && known(instId) ? new Channel(name, instId, "SPOT|" + name + "|" + instId, false) : null;
    }

    private boolean known(String symbol) {
        try {
            exchange.spec(symbol);
            return true;
        } catch (MarketException unknown) {
            return false;
        }
    }
}
