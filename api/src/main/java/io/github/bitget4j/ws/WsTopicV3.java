package io.github.bitget4j.ws;

import com.google.gson.JsonObject;
import io.github.bitget4j.errors.BitgetValidationException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A V3 (unified trading account) subscription: {@code {"instType":"spot","topic":"ticker","symbol":"BTCUSDT"}};
 * private topics use {@code "instType":"UTA"} and no symbol.
 * <pre>{@code
 * WsTopicV3.of("spot", "books", "BTCUSDT");
 * WsTopicV3.kline("spot", "BTCUSDT", "1m");
 * WsTopicV3.privateTopic("order");
 * }</pre>
 *
 * @param instType {@code spot}, {@code usdt-futures}, {@code coin-futures}, {@code usdc-futures} or {@code UTA}
 * @param topic    {@code ticker}, {@code kline}, {@code books}, {@code publicTrade}, or a private topic
 *                 ({@code account}, {@code position}, {@code fill}, {@code order}, {@code strategy-order}, ...)
 * @param symbol   the symbol of a public topic, else null
 * @param interval the candle interval of {@code kline} (e.g. {@code 1m}), else null
 */
public record WsTopicV3(String instType, String topic, @Nullable String symbol, @Nullable String interval)
        implements WsTopic {

    /** Topics served on the public socket; everything else is private. */
    public static final Set<String> PUBLIC_TOPICS = Set.of("ticker", "kline", "books", "books1", "books5",
            "books15", "books50", "publicTrade");
    public static final String PRIVATE_INST_TYPE = "UTA";

    public WsTopicV3 {
        if (instType == null || instType.isBlank() || topic == null || topic.isBlank()) {
            throw new BitgetValidationException("instType and topic are required");
        }
        instType = instType.equalsIgnoreCase(PRIVATE_INST_TYPE) ? PRIVATE_INST_TYPE : instType.toLowerCase(Locale.ROOT);
        if (PUBLIC_TOPICS.contains(topic) && (symbol == null || symbol.isBlank())) {
            throw new BitgetValidationException("topic " + topic + " needs a symbol");
        }
        if ("kline".equals(topic) && interval == null) {
            throw new BitgetValidationException("topic kline needs an interval, e.g. 1m");
        }
    }

    /** A public topic of one symbol, e.g. {@code of("spot", "ticker", "BTCUSDT")}. */
    public static WsTopicV3 of(String instType, String topic, String symbol) {
        return new WsTopicV3(instType, topic, symbol, null);
    }

    /** Candles of one symbol, e.g. {@code kline("spot", "BTCUSDT", "1m")}. */
    public static WsTopicV3 kline(String instType, String symbol, String interval) {
        return new WsTopicV3(instType, "kline", symbol, interval);
    }

    /** A private topic of the account ({@code order}, {@code fill}, {@code account}, {@code position}, ...). */
    public static WsTopicV3 privateTopic(String topic) {
        return new WsTopicV3(PRIVATE_INST_TYPE, topic, null, null);
    }

    @Override
    public WsKey socket() {
        return PUBLIC_TOPICS.contains(topic) && !PRIVATE_INST_TYPE.equals(instType) ? WsKey.V3_PUBLIC : WsKey.V3_PRIVATE;
    }

    @Override
    public String name() {
        return topic;
    }

    @Override
    public @Nullable String target() {
        return symbol;
    }

    @Override
    public String key() {
        return WsTopic.super.key() + (interval == null ? "" : "|" + interval);
    }

    @Override
    public JsonObject toArg() {
        var arg = new JsonObject();
        arg.addProperty("instType", instType);
        arg.addProperty("topic", topic);
        if (symbol != null) {
            arg.addProperty("symbol", symbol);
        }
        if (interval != null) {
            arg.addProperty("interval", interval);
        }
        return arg;
    }
}
