package io.github.bitget4j.ws;

import com.google.gson.JsonObject;
import io.github.bitget4j.errors.BitgetValidationException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A V2 (classic account) subscription: {@code {"instType":"SPOT","channel":"ticker","instId":"BTCUSDT"}}, or for
 * the coin channels ({@code account}, {@code account-crossed}, {@code account-isolated})
 * {@code {"instType":"SPOT","channel":"account","coin":"default"}}.
 * <pre>{@code
 * WsTopicV2.of("SPOT", "ticker", "BTCUSDT");
 * WsTopicV2.coin("SPOT", "account", "default");
 * }</pre>
 *
 * @param instType e.g. {@code SPOT}, {@code USDT-FUTURES} (upper case, as Bitget spells it)
 * @param channel  e.g. {@code ticker}, {@code candle1m}, {@code books}, {@code orders}
 * @param instId   the symbol, or null for a coin channel or a private channel over all symbols
 * @param coin     the coin of a coin channel ({@code default} for all), else null
 */
public record WsTopicV2(String instType, String channel, @Nullable String instId, @Nullable String coin)
        implements WsTopic {

    /** Public channels; everything else is served on the private socket. */
    public static final Set<String> PUBLIC_CHANNELS = Set.of("ticker", "trade", "books", "books1", "books5",
            "books15", "index-price", "candle1m", "candle5m", "candle15m", "candle30m", "candle1H", "candle4H",
            "candle6H", "candle12H", "candle1D", "candle3D", "candle1W", "candle1M", "candle6Hutc",
            "candle12Hutc", "candle1Dutc", "candle3Dutc", "candle1Wutc", "candle1Mutc");
    /** Private channels Bitget documents; others are sent as given, on the private socket. */
    public static final Set<String> PRIVATE_CHANNELS = Set.of("account", "orders", "positions", "orders-algo",
            "positions-history", "orders-crossed", "account-crossed", "account-isolated", "orders-isolated", "fill");
    private static final Set<String> COIN_CHANNELS = Set.of("account", "account-crossed", "account-isolated");

    public WsTopicV2 {
        if (instType == null || instType.isBlank() || channel == null || channel.isBlank()) {
            throw new BitgetValidationException("instType and channel are required");
        }
        instType = instType.toUpperCase(Locale.ROOT);
        if (COIN_CHANNELS.contains(channel) && coin == null) {
            throw new BitgetValidationException("channel " + channel + " needs a coin (\"default\" for all coins)");
        }
        if (PUBLIC_CHANNELS.contains(channel) && (instId == null || instId.isBlank())) {
            throw new BitgetValidationException("channel " + channel + " needs an instId (symbol)");
        }
    }

    /** A channel of one symbol, e.g. {@code of("SPOT", "books", "BTCUSDT")}. */
    public static WsTopicV2 of(String instType, String channel, String instId) {
        return new WsTopicV2(instType, channel, instId, null);
    }

    /** A coin channel, e.g. {@code coin("SPOT", "account", "default")}. */
    public static WsTopicV2 coin(String instType, String channel, String coin) {
        return new WsTopicV2(instType, channel, null, coin);
    }

    /** A private channel over every symbol, e.g. {@code allSymbols("SPOT", "orders")} ({@code instId} "default"). */
    public static WsTopicV2 allSymbols(String instType, String channel) {
        return new WsTopicV2(instType, channel, "default", null);
    }

    @Override
    public WsKey socket() {
        return PUBLIC_CHANNELS.contains(channel) ? WsKey.V2_PUBLIC : WsKey.V2_PRIVATE;
    }

    @Override
    public String name() {
        return channel;
    }

    @Override
    public @Nullable String target() {
        return coin != null ? coin : instId;
    }

    @Override
    public JsonObject toArg() {
        var arg = new JsonObject();
        arg.addProperty("instType", instType);
        arg.addProperty("channel", channel);
        if (coin != null) {
            arg.addProperty("coin", coin);
        } else if (instId != null) {
            arg.addProperty("instId", instId);
        }
        return arg;
    }
}
