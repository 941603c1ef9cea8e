package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * V3 (unified account) public time and market data over the same spot market as V2; USDT-FUTURES tickers and
 * order books come from {@link FuturesMarketV3}.
 */
final class MarketV3 {

    private static final Set<String> OTHER_CATEGORIES = Set.of("MARGIN", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES");

    private final Exchange exchange;
    private final FuturesMarketV3 futures;

    MarketV3(Exchange exchange, FuturesMarketV3 futures) {
        this.exchange = exchange;
        this.futures = futures;
    }

    void register(Routes routes) {
        ApiVersion v3 = ApiVersion.V3;
        routes.get("/api/v3/public/time", Auth.PUBLIC, v3, call -> SpotMarketV2.serverTime(call.now()));
        routes.get("/api/v3/market/instruments", Auth.PUBLIC, v3, this::instruments);
        routes.get("/api/v3/market/tickers", Auth.PUBLIC, v3, FuturesWireV3.guarded(this::tickers));
        routes.get("/api/v3/market/candles", Auth.PUBLIC, v3, this::candles);
        routes.get("/api/v3/market/orderbook", Auth.PUBLIC, v3, FuturesWireV3.guarded(this::orderbook));
    }

    /**
     * Reads {@code category}: true for SPOT (the only market the testkit runs), false for Bitget's other
     * categories (nothing listed there), a parameter error for anything else.
     */
    static boolean isSpot(Params p, boolean required) {
        String category = required ? p.required("category") : p.optional("category");
        if (category == null || category.equalsIgnoreCase("SPOT")) {
            return true;
        }
        if (OTHER_CATEGORIES.contains(category.toUpperCase(Locale.ROOT))) {
            return false;
        }
        throw ApiError.invalidParameter("category");
    }

    private static boolean usdtFutures(Params p) {
        String category = p.optional("category");
        return category != null && category.equalsIgnoreCase(FuturesWireV3.USDT_FUTURES);
    }

    private List<SymbolSpec> selected(Params p) {
        if (!isSpot(p, true)) {
            return List.of();
        }
        String symbol = p.optional("symbol");
        return symbol == null ? List.copyOf(exchange.specs()) : List.of(exchange.spec(symbol));
    }

    /** A symbol of a single-symbol endpoint; outside SPOT no symbol exists. */
    private SymbolSpec symbol(Params p) {
        boolean spot = isSpot(p, true);
        String symbol = p.required("symbol");
        if (!spot) {
            throw ApiVersion.V3.translate(new MarketException(MarketException.Reason.UNKNOWN_SYMBOL, symbol));
        }
        return exchange.spec(symbol);
    }

    private JsonArray instruments(ApiCall call) {
        JsonArray list = new JsonArray();
        for (SymbolSpec spec : selected(call.params())) {
            JsonObject o = new JsonObject();
            o.addProperty("symbol", spec.symbol());
            o.addProperty("category", "SPOT");
            o.addProperty("baseCoin", spec.baseCoin());
            o.addProperty("quoteCoin", spec.quoteCoin());
            o.addProperty("buyLimitPriceRatio", "0.05");
            o.addProperty("sellLimitPriceRatio", "0.05");
            o.addProperty("feeRateUpRatio", "0.005");
            o.addProperty("minOrderQty", decimal(spec.lotSize()));
            o.addProperty("maxOrderQty", "0");
            o.addProperty("maxMarketOrderQty", "0");
            o.addProperty("pricePrecision", Integer.toString(spec.pricePrecision()));
            o.addProperty("quantityPrecision", Integer.toString(spec.quantityPrecision()));
            o.addProperty("quotePrecision", Integer.toString(spec.pricePrecision()));
            o.addProperty("minOrderAmount", "1");
            o.addProperty("maxSymbolOrderNum", "400");
            o.addProperty("maxProductOrderNum", "400");
            o.addProperty("status", "online");
            o.addProperty("offTime", "");
            o.addProperty("limitOpenTime", "");
            o.addProperty("maintainTime", "");
            o.addProperty("makerFeeRate", "0");
            o.addProperty("takerFeeRate", "0");
            list.add(o);
        }
        return list;
    }

    private JsonArray tickers(ApiCall call) {
        Params p = call.params();
        if (usdtFutures(p)) {
            return futures.tickers(p.optional("symbol"), call.now());
        }
        JsonArray list = new JsonArray();
        for (SymbolSpec spec : selected(call.params())) {
            Ticker t = Ticker.of(exchange, spec, call.now());
            JsonObject o = new JsonObject();
            o.addProperty("category", "SPOT");
            o.addProperty("symbol", spec.symbol());
            o.addProperty("lastPrice", decimal(t.last()));
            o.addProperty("openPrice24h", decimal(t.open24h()));
            o.addProperty("highPrice24h", decimal(t.high24h()));
            o.addProperty("lowPrice24h", decimal(t.low24h()));
            o.addProperty("ask1Price", decimal(t.bestAsk().price()));
            o.addProperty("bid1Price", decimal(t.bestBid().price()));
            o.addProperty("bid1Size", decimal(t.bestBid().size()));
            o.addProperty("ask1Size", decimal(t.bestAsk().size()));
            o.addProperty("price24hPcnt", decimal(t.change24h()));
            o.addProperty("volume24h", decimal(t.baseVolume()));
            o.addProperty("turnover24h", decimal(t.quoteVolume()));
            list.add(o);
        }
        return list;
    }

    /** Arrays of 7 strings: ts, open, high, low, close, volume (base), turnover (quote); oldest first. */
    private JsonArray candles(ApiCall call) {
        Params p = call.params();
        SymbolSpec spec = symbol(p);
        Long interval = Candles.V3_INTERVALS.get(p.required("interval"));
        if (interval == null) {
            throw ApiError.invalidParameter("interval");
        }
        String type = p.optional("type");
        if (type != null && !type.equalsIgnoreCase("MARKET")) {
            throw ApiError.invalidParameter("type");
        }
        int limit = p.intOr("limit", 100, 1, 1000);
        JsonArray list = new JsonArray();
        for (Candles.Candle c : Candles.series(spec, interval, p.optionalLong("startTime"), p.optionalLong("endTime"), limit, call.now())) {
            list.add(Json.strings(Long.toString(c.ts()), decimal(c.open()), decimal(c.high()), decimal(c.low()),
                    decimal(c.close()), decimal(c.baseVolume()), decimal(c.quoteVolume())));
        }
        return list;
    }

    private JsonObject orderbook(ApiCall call) {
        Params p = call.params();
        if (usdtFutures(p)) {
            return futures.orderbook(p.required("symbol"), p.intOr("limit", 50, 1, 200), call.now());
        }
        SymbolSpec spec = symbol(p);
        OrderBook.Depth depth = exchange.depth(spec.symbol(), p.intOr("limit", 50, 1, 200));
        JsonObject o = new JsonObject();
        o.add("a", SpotMarketV2.levels(depth.asks()));
        o.add("b", SpotMarketV2.levels(depth.bids()));
        o.addProperty("ts", Long.toString(call.now()));
        return o;
    }
}
