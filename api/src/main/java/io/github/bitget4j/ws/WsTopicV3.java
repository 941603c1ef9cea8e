package io.github.bitget4j.ws;

import com.google.gson.JsonObject;
import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.ws.v3.ChannelsV3;
import io.github.bitget4j.ws.v3.WsKlineIntervalV3;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A V3 (unified trading account) subscription: {@code {"instType":"spot","topic":"ticker","symbol":"BTCUSDT"}};
 * private topics use {@code "instType":"UTA"} and no symbol.
 * <p>Prefer the typed factories of {@link ChannelsV3}, which also give the push record:
 * {@code ChannelsV3.ticker(WsInstTypeV3.SPOT, "BTCUSDT")}. A topic built from text is checked against the same model
 * (instType in either case): a topic V3 does not have, an instType it is not offered for, a missing symbol or
 * interval fails here, naming the valid choices, and the socket is the one the model names. For a topic newer than
 * this SDK, {@link #unlisted} skips the check.
 *
 * @param instType {@code spot}, {@code usdt-futures}, {@code coin-futures}, {@code usdc-futures} or {@code UTA}
 * @param topic    {@code ticker}, {@code kline}, {@code books}, {@code publicTrade}, or a private topic
 *                 ({@code account}, {@code position}, {@code fill}, {@code order}, {@code strategy-order})
 * @param symbol   the symbol of a public topic, else null
 * @param interval the candle interval of {@code kline} (e.g. {@code 1m}), else null
 * @param socket   the socket serving the topic
 */
public record WsTopicV3(String instType, String topic, @Nullable String symbol, @Nullable String interval, WsKey socket)
        implements WsTopic {

    /** Topics served on the public socket; use {@link ChannelsV3#ALL} instead. */
    @Deprecated(since = "0.2")
    public static final Set<String> PUBLIC_TOPICS = Set.copyOf(ChannelsV3.ALL.stream()
            .filter(s -> !s.socket().isPrivate()).map(WsChannelSpec::name).toList());
    /** The instType of every private topic. */
    public static final String PRIVATE_INST_TYPE = "UTA";

    /**
     * Checks that the topic is complete and served on a V3 socket; normalises the case of {@code instType}.
     *
     * @throws BitgetValidationException for a blank instType or topic, or a socket that is not V3
     */
    public WsTopicV3 {
        requireText(instType, topic);
        if (instType.isBlank()) {
            throw new BitgetValidationException("instType is required");
        }
        instType = normalized(instType);
        if (socket != WsKey.V3_PUBLIC && socket != WsKey.V3_PRIVATE) {
            throw new BitgetValidationException("a V3 topic is served on a V3 socket, not " + socket);
        }
    }

    /**
     * A topic checked against the model, which also names its socket.
     *
     * @param instType e.g. {@code spot}, {@code usdt-futures}, in either case
     * @param topic e.g. {@code ticker}, {@code books}, {@code order}
     * @param symbol the symbol of a public topic, else null
     * @param interval the candle interval of {@code kline}, else null
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the valid choices when the model does not offer it
     */
    public WsTopicV3(String instType, String topic, @Nullable String symbol, @Nullable String interval) {
        this(instType, topic, symbol, interval, checked(instType, topic, symbol, interval));
    }

    /**
     * A public topic of one symbol, e.g. {@code of("spot", "ticker", "BTCUSDT")}.
     *
     * @param instType e.g. {@code spot}, {@code usdt-futures}, in either case
     * @param topic e.g. {@code ticker}, {@code books}, {@code order}
     * @param symbol the symbol, e.g. {@code BTCUSDT}
     * @return the topic
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the valid choices when the model does not offer it
     */
    public static WsTopicV3 of(String instType, String topic, String symbol) {
        return new WsTopicV3(instType, topic, symbol, null);
    }

    /**
     * Candles of one symbol, e.g. {@code kline("spot", "BTCUSDT", "1m")}.
     *
     * @param instType e.g. {@code spot}, {@code usdt-futures}, in either case
     * @param symbol the symbol, e.g. {@code BTCUSDT}
     * @param interval the candle interval, e.g. {@code 1m}
     * @return the topic
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the valid choices when the model does not offer it
     */
    public static WsTopicV3 kline(String instType, String symbol, String interval) {
        return new WsTopicV3(instType, "kline", symbol, interval);
    }

    /**
     * A private topic of the account ({@code order}, {@code fill}, {@code account}, {@code position}, ...).
     *
     * @param topic e.g. {@code ticker}, {@code books}, {@code order}
     * @return the topic, on the private socket
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the valid choices when the model does not offer it
     */
    public static WsTopicV3 privateTopic(String topic) {
        return new WsTopicV3(PRIVATE_INST_TYPE, topic, null, null);
    }

    /**
     * A topic this SDK's model does not list, sent as given on {@code socket}; pushes arrive as {@link WsUpdate}s.
     *
     * @param socket the socket to send it on
     * @param instType e.g. {@code spot}, {@code usdt-futures}, in either case
     * @param topic e.g. {@code ticker}, {@code books}, {@code order}
     * @param symbol the symbol, or null
     * @param interval the candle interval, or null
     * @return the topic, unchecked
     */
    public static WsTopicV3 unlisted(WsKey socket, String instType, String topic, @Nullable String symbol,
                                     @Nullable String interval) {
        return new WsTopicV3(instType, topic, symbol, interval, socket);
    }

    private static WsKey checked(String instType, String topic, @Nullable String symbol, @Nullable String interval) {
        requireText(instType, topic);
        WsChannelSpec spec = WsChannelSpec.find(ChannelsV3.ALL, "V3", topic, normalized(instType));
        if (spec.target().equals("none") && symbol != null) {
            throw new BitgetValidationException("topic " + topic + " covers the whole account: it takes no symbol");
        }
        if (spec.target().equals("symbol") && (symbol == null || symbol.isBlank())) {
            throw new BitgetValidationException("topic " + topic + " needs a symbol");
        }
        if (topic.equals("kline")) {
            if (interval == null || WsKlineIntervalV3.fromWire(interval) == WsKlineIntervalV3.UNKNOWN) {
                throw new BitgetValidationException("topic kline needs an interval, one of " + Arrays.stream(
                        WsKlineIntervalV3.values()).filter(i -> i != WsKlineIntervalV3.UNKNOWN).map(WsKlineIntervalV3::wire)
                        .toList() + "; not " + interval);
            }
        } else if (interval != null) {
            throw new BitgetValidationException("topic " + topic + " takes no interval");
        }
        return spec.socket();
    }

    private static String normalized(String instType) {
        return instType.equalsIgnoreCase(PRIVATE_INST_TYPE) ? PRIVATE_INST_TYPE : instType.toLowerCase(Locale.ROOT);
    }

    /** A blank instType goes on to the model check, which names the valid ones. */
    private static void requireText(@Nullable String instType, @Nullable String topic) {
        if (instType == null || topic == null || topic.isBlank()) {
            throw new BitgetValidationException("instType and topic are required");
        }
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
