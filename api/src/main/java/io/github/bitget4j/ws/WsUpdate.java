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

    public boolean isSnapshot() {
        return "snapshot".equals(action);
    }

    /** The {@code data} array (empty when absent). */
    public JsonArray data() {
        JsonElement data = raw.get("data");
        return data != null && data.isJsonArray() ? data.getAsJsonArray() : new JsonArray();
    }

    /** {@code data} decoded into any type Gson can read with bitget4j's settings (numbers from strings, ...). */
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

    public List<WsTicker> tickers() {
        return data(WsTicker.class);
    }

    /** Candles of {@code candle*} (V2, arrays) and {@code kline} (V3) pushes. */
    public List<WsCandle> candles() {
        var result = new ArrayList<WsCandle>();
        for (JsonElement element : data()) {
            result.add(WsCandle.from(element));
        }
        return result;
    }

    public List<WsTrade> trades() {
        return data(WsTrade.class);
    }

    /** Book levels as pushed ({@code books*} topics); the maintained book is the client's {@code orderBook(topic)}. */
    public List<WsBookData> books() {
        return data(WsBookData.class);
    }

    public List<WsAccount> accounts() {
        var result = new ArrayList<WsAccount>();
        for (JsonElement element : data()) {
            result.add(WsAccount.from(element));
        }
        return result;
    }

    public List<WsOrder> orders() {
        return data(WsOrder.class);
    }

    public List<WsPosition> positions() {
        return data(WsPosition.class);
    }

    public List<WsFill> fills() {
        return data(WsFill.class);
    }
}
