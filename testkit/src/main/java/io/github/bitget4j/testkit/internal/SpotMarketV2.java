package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.util.List;

/** V2 public time and spot market data. Market data is "optional": signed only when the caller sends a key. */
final class SpotMarketV2 {

    private final Exchange exchange;

    SpotMarketV2(Exchange exchange) {
        this.exchange = exchange;
    }

    void register(Routes routes) {
        ApiVersion v2 = ApiVersion.V2;
        routes.get("/api/v2/public/time", Auth.PUBLIC, v2, call -> serverTime(call.now()));
        routes.get("/api/v2/spot/market/tickers", Auth.OPTIONAL, v2, this::tickers);
        routes.get("/api/v2/spot/market/candles", Auth.OPTIONAL, v2, this::candles);
        routes.get("/api/v2/spot/market/orderbook", Auth.OPTIONAL, v2, this::orderbook);
    }

    static JsonObject serverTime(long now) {
        JsonObject o = new JsonObject();
        o.addProperty("serverTime", Long.toString(now));
        return o;
    }

    private JsonArray tickers(ApiCall call) {
        String symbol = call.params().optional("symbol");
        List<SymbolSpec> specs = symbol == null ? List.copyOf(exchange.specs()) : List.of(exchange.spec(symbol));
        JsonArray list = new JsonArray();
        for (SymbolSpec spec : specs) {
            Ticker t = Ticker.of(exchange, spec, call.now());
            JsonObject o = new JsonObject();
            o.addProperty("symbol", spec.symbol());
            o.addProperty("high24h", decimal(t.high24h()));
            o.addProperty("open", decimal(t.open24h()));
            o.addProperty("low24h", decimal(t.low24h()));
            o.addProperty("lastPr", decimal(t.last()));
            o.addProperty("quoteVolume", decimal(t.quoteVolume()));
            o.addProperty("baseVolume", decimal(t.baseVolume()));
            o.addProperty("usdtVolume", decimal(t.usdtVolume()));
            o.addProperty("bidPr", decimal(t.bestBid().price()));
            o.addProperty("askPr", decimal(t.bestAsk().price()));
            o.addProperty("bidSz", decimal(t.bestBid().size()));
            o.addProperty("askSz", decimal(t.bestAsk().size()));
            o.addProperty("openUtc", decimal(t.openUtc()));
            o.addProperty("ts", Long.toString(t.ts()));
            o.addProperty("changeUtc24h", decimal(t.changeUtc()));
            o.addProperty("change24h", decimal(t.change24h()));
            list.add(o);
        }
        return list;
    }

    /** Arrays of 8 strings: ts, open, high, low, close, base volume, USDT volume, quote volume; oldest first. */
    private JsonArray candles(ApiCall call) {
        Params p = call.params();
        SymbolSpec spec = exchange.spec(p.required("symbol"));
        Long interval = Candles.V2_GRANULARITIES.get(p.required("granularity"));
        if (interval == null) {
            throw ApiError.invalidParameter("granularity");
        }
        int limit = p.intOr("limit", 100, 1, 1000);
        JsonArray list = new JsonArray();
        for (Candles.Candle c : Candles.series(spec, interval, p.optionalLong("startTime"), p.optionalLong("endTime"), limit, call.now())) {
            String usdtVolume = decimal(c.quoteVolume().multiply(exchange.usdtPrice(spec.quoteCoin())));
            list.add(Json.strings(Long.toString(c.ts()), decimal(c.open()), decimal(c.high()), decimal(c.low()),
                    decimal(c.close()), decimal(c.baseVolume()), usdtVolume, decimal(c.quoteVolume())));
        }
        return list;
    }

    private JsonObject orderbook(ApiCall call) {
        Params p = call.params();
        String symbol = p.required("symbol");
        String type = p.optional("type");
        if (type != null && !type.matches("step[0-5]")) {
            throw ApiError.invalidParameter("type");
        }
        OrderBook.Depth depth = exchange.depth(symbol, p.intOr("limit", 150, 1, 150));
        JsonObject o = new JsonObject();
        o.add("asks", levels(depth.asks()));
        o.add("bids", levels(depth.bids()));
        o.addProperty("ts", Long.toString(call.now()));
        return o;
    }

    /** {@code [[price, size], ...]}, the shape of both versions' books. */
    static JsonArray levels(List<OrderBook.Level> levels) {
        JsonArray a = new JsonArray(levels.size());
        for (OrderBook.Level l : levels) {
            a.add(Json.strings(decimal(l.price()), decimal(l.size())));
        }
        return a;
    }
}
