package io.github.bitget4j.ws;

import com.google.gson.JsonObject;
import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.ws.v2.ChannelsV2;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A V2 (classic account) subscription: {@code {"instType":"SPOT","channel":"ticker","instId":"BTCUSDT"}}, or for
 * the coin channels ({@code account}, {@code account-crossed}, {@code account-isolated})
 * {@code {"instType":"SPOT","channel":"account","coin":"default"}}.
 * <p>Prefer the typed factories of {@link ChannelsV2}, which also give the push record:
 * {@code ChannelsV2.ticker(WsInstTypeV2.SPOT, "BTCUSDT")}. A topic built from text is checked against the same model:
 * a channel V2 does not have, an instType the channel is not offered for, or a missing symbol or coin fails here,
 * naming the valid choices, and the socket (public or private) is the one the model names. For a channel newer than
 * this SDK, {@link #unlisted} skips the check.
 *
 * @param instType e.g. {@code SPOT}, {@code USDT-FUTURES} (upper case, as Bitget spells it)
 * @param channel  e.g. {@code ticker}, {@code candle1m}, {@code books}, {@code orders}
 * @param instId   the symbol ({@code default} for every symbol of a private channel), or null for a coin channel
 * @param coin     the coin of a coin channel ({@code default} for all), else null
 * @param socket   the socket serving the channel
 */
public record WsTopicV2(String instType, String channel, @Nullable String instId, @Nullable String coin, WsKey socket)
        implements WsTopic {

    /** Public channels; use {@link ChannelsV2#ALL} instead. */
    @Deprecated(since = "0.2")
    public static final Set<String> PUBLIC_CHANNELS = Set.copyOf(ChannelsV2.ALL.stream()
            .filter(s -> !s.socket().isPrivate()).map(WsChannelSpec::name).toList());
    /** Private channels; use {@link ChannelsV2#ALL} instead. */
    @Deprecated(since = "0.2")
    public static final Set<String> PRIVATE_CHANNELS = Set.copyOf(ChannelsV2.ALL.stream()
            .filter(s -> s.socket().isPrivate()).map(WsChannelSpec::name).toList());

    /**
     * Checks that the topic is complete and served on a V2 socket; upper-cases {@code instType}.
     *
     * @throws BitgetValidationException for a blank instType or channel, or a socket that is not V2
     */
    public WsTopicV2 {
        requireText(instType, channel);
        if (instType.isBlank()) {
            throw new BitgetValidationException("instType is required");
        }
        instType = instType.toUpperCase(Locale.ROOT);
        if (socket != WsKey.V2_PUBLIC && socket != WsKey.V2_PRIVATE) {
            throw new BitgetValidationException("a V2 topic is served on a V2 socket, not " + socket);
        }
    }

    /**
     * A topic checked against the model, which also names its socket.
     *
     * @param instType e.g. {@code SPOT}, {@code USDT-FUTURES}, in either case
     * @param channel e.g. {@code ticker}, {@code books}, {@code orders}
     * @param instId the symbol, or null for a coin channel
     * @param coin the coin of a coin channel, else null
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the valid choices when the model does not offer it
     */
    public WsTopicV2(String instType, String channel, @Nullable String instId, @Nullable String coin) {
        this(instType, channel, instId, coin, checked(instType, channel, instId, coin));
    }

    /**
     * A channel of one symbol, e.g. {@code of("SPOT", "books", "BTCUSDT")}.
     *
     * @param instType e.g. {@code SPOT}, {@code USDT-FUTURES}, in either case
     * @param channel e.g. {@code ticker}, {@code books}, {@code orders}
     * @param instId the symbol, e.g. {@code BTCUSDT}
     * @return the topic
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the valid choices when the model does not offer it
     */
    public static WsTopicV2 of(String instType, String channel, String instId) {
        return new WsTopicV2(instType, channel, instId, null);
    }

    /**
     * A coin channel, e.g. {@code coin("SPOT", "account", "default")}.
     *
     * @param instType e.g. {@code SPOT}, {@code USDT-FUTURES}, in either case
     * @param channel e.g. {@code ticker}, {@code books}, {@code orders}
     * @param coin the coin, or {@code default} for all
     * @return the topic
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the valid choices when the model does not offer it
     */
    public static WsTopicV2 coin(String instType, String channel, String coin) {
        return new WsTopicV2(instType, channel, null, coin);
    }

    /**
     * A private channel over every symbol, e.g. {@code allSymbols("SPOT", "orders")} ({@code instId} "default").
     *
     * @param instType e.g. {@code SPOT}, {@code USDT-FUTURES}, in either case
     * @param channel a private channel, e.g. {@code orders}
     * @return the topic
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the valid choices when the model does not offer it
     */
    public static WsTopicV2 allSymbols(String instType, String channel) {
        return new WsTopicV2(instType, channel, "default", null);
    }

    /**
     * A channel this SDK's model does not list (one Bitget added after this version), sent as given on
     * {@code socket}. Its pushes reach handlers as {@link WsUpdate}s.
     *
     * @param socket the socket to send it on
     * @param instType e.g. {@code SPOT}, {@code USDT-FUTURES}, in either case
     * @param channel e.g. {@code ticker}, {@code books}, {@code orders}
     * @param instId the symbol, or null
     * @param coin the coin, or null
     * @return the topic, unchecked
     */
    public static WsTopicV2 unlisted(WsKey socket, String instType, String channel, @Nullable String instId,
                                     @Nullable String coin) {
        return new WsTopicV2(instType, channel, instId, coin, socket);
    }

    private static WsKey checked(String instType, String channel, @Nullable String instId, @Nullable String coin) {
        requireText(instType, channel);
        WsChannelSpec spec = WsChannelSpec.find(ChannelsV2.ALL, "V2", channel, instType.toUpperCase(Locale.ROOT));
        String all = spec.allValue() == null ? "" : " (\"" + spec.allValue() + "\" for all)";
        if (spec.target().equals("coin")) {
            if (coin == null || coin.isBlank() || instId != null) {
                throw new BitgetValidationException("channel " + channel + " needs a coin" + all + " and no instId");
            }
        } else if (instId == null || instId.isBlank() || coin != null) {
            throw new BitgetValidationException("channel " + channel + " needs an instId (symbol)" + all + " and no coin");
        } else if (spec.allValue() == null && instId.equals("default")) {
            throw new BitgetValidationException("channel " + channel + " needs a symbol; it has no \"default\" for all");
        }
        return spec.socket();
    }

    /** A blank instType goes on to the model check, which names the valid ones. */
    private static void requireText(@Nullable String instType, @Nullable String channel) {
        if (instType == null || channel == null || channel.isBlank()) {
            throw new BitgetValidationException("instType and channel are required");
        }
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
