package io.github.bitget4j.ws;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.internal.json.BitgetJson;
import java.util.ArrayList;
import java.util.List;

/**
 * One push of a subscribed topic: {@code {"action":"snapshot"|"update","arg":{...},"data":[...],"ts":...}}.
 * The typed accessors decode {@code data} on each call (V2 and V3 field names alike); {@link #raw()} and
 * {@link #text()} give the message as received.
 *
 * @param socket where it arrived
 * @param topic  the subscription it belongs to
 * @param action {@code snapshot} or {@code update}
 * @param ts     the push's {@code ts} (ms), or 0 when absent
 * @param raw    the whole message
 * @param text   the message exactly as received
 */
public record WsUpdate(WsKey socket, WsTopic topic, String action, long ts, JsonObject raw, String text) {

    /** {@return whether this push is a full snapshot rather than an update} */
    public boolean isSnapshot() {
        return "snapshot".equals(action);
    }

    /** {@return the {@code data} array (empty when absent)} */
    public JsonArray data() {
        JsonElement data = raw.get("data");
        return data != null && data.isJsonArray() ? data.getAsJsonArray() : new JsonArray();
    }

    /**
     * {@code data} decoded into any type Gson can read with bitget4j's settings (numbers from strings, ...).
     *
     * @param <T> the element type
     * @param type the class of each element
     * @return one element per entry of {@code data}
     * @throws io.github.bitget4j.errors.BitgetClientException when an element cannot be decoded as {@code type}
     */
    public <T> List<T> data(Class<T> type) {
        var result = new ArrayList<T>();
        try {
            for (JsonElement element : data()) {
                result.add(BitgetJson.gson().fromJson(element, type));
            }
        } catch (RuntimeException e) {
            throw new BitgetClientException("cannot decode " + topic.key() + " data as " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
        return result;
    }

    /** {@return the tickers of a {@code ticker} push} */
    public List<WsTicker> tickers() {
        return data(WsTicker.class);
    }

    /** {@return the candles of {@code candle*} (V2, arrays) and {@code kline} (V3) pushes} */
    public List<WsCandle> candles() {
        var result = new ArrayList<WsCandle>();
        for (JsonElement element : data()) {
            result.add(WsCandle.from(element));
        }
        return result;
    }

    /** {@return the trades of a {@code trade} (V2) or {@code publicTrade} (V3) push} */
    public List<WsTrade> trades() {
        return data(WsTrade.class);
    }

    /** {@return the book levels as pushed ({@code books*} topics); the maintained book is the client's {@code orderBook(topic)}} */
    public List<WsBookData> books() {
        return data(WsBookData.class);
    }

    /** {@return the balances of an {@code account} push} */
    public List<WsAccount> accounts() {
        var result = new ArrayList<WsAccount>();
        for (JsonElement element : data()) {
            result.add(WsAccount.from(element));
        }
        return result;
    }

    /** {@return the orders of an {@code orders} (V2) or {@code order} (V3) push} */
    public List<WsOrder> orders() {
        return data(WsOrder.class);
    }

    /** {@return the positions of a {@code positions} (V2) or {@code position} (V3) push} */
    public List<WsPosition> positions() {
        return data(WsPosition.class);
    }

    /** {@return the fills of a {@code fill} push} */
    public List<WsFill> fills() {
        return data(WsFill.class);
    }
}
