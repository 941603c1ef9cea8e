package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.FuturesWireV2.guarded;
import static io.github.bitget4j.testkit.internal.FuturesWireV2.time;
import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** V2 futures market data ({@code /api/v2/mix/market/...}), public. Funding is not simulated: rates are zero. */
final class FuturesMarketV2 {

    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    /** V2 futures {@code granularity} values; month candles are approximated as 30 days. */
    private static final Map<String, Long> GRANULARITIES = Map.ofEntries(
            Map.entry("1m", MINUTE), Map.entry("3m", 3 * MINUTE), Map.entry("5m", 5 * MINUTE),
            Map.entry("15m", 15 * MINUTE), Map.entry("30m", 30 * MINUTE), Map.entry("1H", HOUR),
            Map.entry("4H", 4 * HOUR), Map.entry("6H", 6 * HOUR), Map.entry("12H", 12 * HOUR), Map.entry("1D", DAY),
            Map.entry("3D", 3 * DAY), Map.entry("1W", 7 * DAY), Map.entry("1M", 30 * DAY), Map.entry("6Hutc", 6 * HOUR),
            Map.entry("12Hutc", 12 * HOUR), Map.entry("1Dutc", DAY), Map.entry("3Dutc", 3 * DAY),
            Map.entry("1Wutc", 7 * DAY), Map.entry("1Mutc", 30 * DAY));
    private static final Map<String, Integer> DEPTH_LIMITS = Map.of("1", 1, "5", 5, "15", 15, "50", 50, "max", 100);

    private final FuturesEngine engine;

    FuturesMarketV2(FuturesEngine engine) {
        this.engine = engine;
    }

    void register(Routes routes) {
        ApiVersion v2 = ApiVersion.V2;
        routes.get("/api/v2/mix/market/contracts", Auth.PUBLIC, v2, guarded(this::contracts));
        routes.get("/api/v2/mix/market/ticker", Auth.PUBLIC, v2, guarded(call -> tickers(call, true)));
        routes.get("/api/v2/mix/market/tickers", Auth.PUBLIC, v2, guarded(call -> tickers(call, false)));
        routes.get("/api/v2/mix/market/merge-depth", Auth.PUBLIC, v2, guarded(this::mergeDepth));
        routes.get("/api/v2/mix/market/candles", Auth.PUBLIC, v2, guarded(call -> candles(call, 1000)));
        routes.get("/api/v2/mix/market/history-candles", Auth.PUBLIC, v2, guarded(call -> candles(call, 200)));
        routes.get("/api/v2/mix/market/history-index-candles", Auth.PUBLIC, v2, guarded(call -> candles(call, 200)));
        routes.get("/api/v2/mix/market/history-mark-candles", Auth.PUBLIC, v2, guarded(call -> candles(call, 200)));
        routes.get("/api/v2/mix/market/fills", Auth.PUBLIC, v2, guarded(this::recentTrades));
        routes.get("/api/v2/mix/market/symbol-price", Auth.PUBLIC, v2, guarded(this::symbolPrice));
        routes.get("/api/v2/mix/market/open-interest", Auth.PUBLIC, v2, guarded(this::openInterest));
        routes.get("/api/v2/mix/market/current-fund-rate", Auth.PUBLIC, v2, guarded(this::currentFundingRate));
        routes.get("/api/v2/mix/market/funding-time", Auth.PUBLIC, v2, guarded(this::fundingTime));
    }

    /** The contract named by {@code symbol}, checking the product type trades it. */
    private FuturesContract contract(Params p) {
        boolean usdt = FuturesWireV2.usdtProduct(p);
        String symbol = FuturesWireV2.symbol(p);
        if (!usdt) {
            throw new FuturesException(FuturesException.Reason.UNKNOWN_SYMBOL, symbol);
        }
        return engine.contract(symbol);
    }

    /** Every contract of the product type, or the one named by the optional {@code symbol}. */
    private List<FuturesContract> contracts(Params p) {
        boolean usdt = FuturesWireV2.usdtProduct(p);
        String symbol = FuturesWireV2.optionalSymbol(p);
        if (symbol != null) {
            if (!usdt) {
                throw new FuturesException(FuturesException.Reason.UNKNOWN_SYMBOL, symbol);
            }
            return List.of(engine.contract(symbol));
        }
        return usdt ? List.copyOf(engine.contracts()) : List.of();
    }

    private JsonArray contracts(ApiCall call) {
        JsonArray list = new JsonArray();
        for (FuturesContract c : contracts(call.params())) {
            JsonObject o = new JsonObject();
            o.addProperty("symbol", c.symbol());
            o.addProperty("baseCoin", c.baseCoin());
            o.addProperty("quoteCoin", c.marginCoin());
            o.addProperty("buyLimitPriceRatio", "0.05");
            o.addProperty("sellLimitPriceRatio", "0.05");
            o.addProperty("feeRateUpRatio", "0.005");
            o.addProperty("makerFeeRate", "0"); // the testkit charges no fees
            o.addProperty("takerFeeRate", "0");
            o.addProperty("openCostUpRatio", "0.01");
            o.add("supportMarginCoins", Json.strings(c.marginCoin()));
            o.addProperty("minTradeNum", decimal(c.minTradeNum()));
            o.addProperty("priceEndStep", Integer.toString(c.priceEndStep()));
            o.addProperty("volumePlace", Integer.toString(c.volumePlace()));
            o.addProperty("pricePlace", Integer.toString(c.pricePlace()));
            o.addProperty("sizeMultiplier", decimal(c.sizeMultiplier()));
            o.addProperty("symbolType", "perpetual");
            o.addProperty("minTradeUSDT", "5");
            o.addProperty("maxSymbolOrderNum", "200");
            o.addProperty("maxProductOrderNum", "400");
            o.addProperty("maxPositionNum", "150");
            o.addProperty("symbolStatus", "normal");
            o.addProperty("offTime", "-1");
            o.addProperty("limitOpenTime", "-1");
            o.addProperty("deliveryTime", "");
            o.addProperty("deliveryStartTime", "");
            o.addProperty("launchTime", "");
            o.addProperty("fundInterval", "8");
            o.addProperty("minLever", Integer.toString(c.minLever()));
            o.addProperty("maxLever", Integer.toString(c.maxLever()));
            o.addProperty("posLimit", "0.1");
            o.addProperty("maintainTime", "");
            list.add(o);
        }
        return list;
    }

    private JsonArray tickers(ApiCall call, boolean single) {
        Params p = call.params();
        List<FuturesContract> contracts = single ? List.of(contract(p)) : contracts(p);
        JsonArray list = new JsonArray();
        for (FuturesContract c : contracts) {
            list.add(ticker(c, call.now()));
        }
        return list;
    }

    /** 24-hour statistics from the synthetic history plus users' trades, with the live top of book. */
    JsonObject ticker(FuturesContract c, long now) { // V3 tickers rename these members (FuturesMarketV3)
        SymbolSpec spec = c.book();
        BigDecimal last = engine.markPrice(c.symbol());
        BigDecimal[] traded = engine.tradedVolume(c.symbol());
        OrderBook.Depth top = engine.depth(c.symbol(), 1);
        List<Candles.Candle> day = Candles.series(spec, HOUR, null, now, 24, now);
        BigDecimal high = last;
        BigDecimal low = last;
        BigDecimal base = traded[0];
        BigDecimal quote = traded[1];
        for (Candles.Candle candle : day) {
            high = high.max(candle.high());
            low = low.min(candle.low());
            base = base.add(candle.baseVolume());
            quote = quote.add(candle.quoteVolume());
        }
        BigDecimal open24h = day.getFirst().open();
        BigDecimal openUtc = Candles.priceAt(spec, Math.floorDiv(now, DAY) * DAY);
        JsonObject o = new JsonObject();
        o.addProperty("symbol", c.symbol());
        o.addProperty("lastPr", decimal(last));
        o.addProperty("askPr", decimal(top.asks().getFirst().price()));
        o.addProperty("bidPr", decimal(top.bids().getFirst().price()));
        o.addProperty("bidSz", decimal(top.bids().getFirst().size()));
        o.addProperty("askSz", decimal(top.asks().getFirst().size()));
        o.addProperty("high24h", decimal(high));
        o.addProperty("low24h", decimal(low));
        o.addProperty("ts", time(now));
        o.addProperty("change24h", decimal(last.subtract(open24h).divide(open24h, 5, RoundingMode.HALF_UP)));
        o.addProperty("baseVolume", decimal(base));
        o.addProperty("quoteVolume", decimal(quote.setScale(4, RoundingMode.HALF_UP)));
        o.addProperty("usdtVolume", decimal(quote.setScale(4, RoundingMode.HALF_UP)));
        o.addProperty("openUtc", decimal(openUtc));
        o.addProperty("changeUtc24h", decimal(last.subtract(openUtc).divide(openUtc, 5, RoundingMode.HALF_UP)));
        o.addProperty("indexPrice", decimal(last));
        o.addProperty("fundingRate", "0");
        o.addProperty("holdingAmount", decimal(engine.openInterest(c.symbol())));
        o.addProperty("deliveryStartTime", "");
        o.addProperty("deliveryTime", "");
        o.addProperty("deliveryStatus", "");
        o.addProperty("open24h", decimal(open24h));
        o.addProperty("markPrice", decimal(last));
        return o;
    }

    /**
     * The book with levels merged to the precision's step ({@code scale0} = the tick, each further scale ten
     * times coarser): asks round up, bids round down, so merging never shows a better price than exists.
     */
    private JsonObject mergeDepth(ApiCall call) {
        Params p = call.params();
        FuturesContract c = contract(p);
        String precision = p.optional("precision") == null ? "scale0" : p.required("precision");
        if (!precision.matches("scale[0-3]")) {
            throw ApiError.invalidParameter("precision");
        }
        String limitText = p.optional("limit") == null ? "max" : p.required("limit");
        Integer limit = DEPTH_LIMITS.get(limitText);
        if (limit == null) {
            throw ApiError.invalidParameter("limit");
        }
        int scaleIndex = precision.charAt(5) - '0';
        BigDecimal scale = c.tick().movePointRight(scaleIndex);
        OrderBook.Depth depth = engine.depth(c.symbol(), Integer.MAX_VALUE);
        JsonObject o = new JsonObject();
        o.add("asks", SpotMarketV2.levels(merge(depth.asks(), scale, true, limit)));
        o.add("bids", SpotMarketV2.levels(merge(depth.bids(), scale, false, limit)));
        o.addProperty("ts", time(call.now()));
        o.addProperty("scale", decimal(scale));
        o.addProperty("precision", precision);
        o.addProperty("isMaxPrecision", scaleIndex == 3 ? "YES" : "NO");
        return o;
    }

    private static List<OrderBook.Level> merge(List<OrderBook.Level> levels, BigDecimal scale, boolean ask, int limit) {
        NavigableMap<BigDecimal, BigDecimal> merged = ask ? new TreeMap<>() : new TreeMap<BigDecimal, BigDecimal>().descendingMap();
        RoundingMode rounding = ask ? RoundingMode.CEILING : RoundingMode.FLOOR;
        for (OrderBook.Level l : levels) {
            BigDecimal bucket = l.price().divide(scale, 0, rounding).multiply(scale);
            merged.merge(bucket, l.size(), BigDecimal::add);
        }
        return merged.entrySet().stream().limit(limit).map(e -> new OrderBook.Level(e.getKey(), e.getValue())).toList();
    }

    /** Arrays of 7 strings: ts, open, high, low, close, base volume, quote volume; oldest first. */
    private JsonArray candles(ApiCall call, int maxLimit) {
        Params p = call.params();
        FuturesContract c = contract(p);
        Long interval = GRANULARITIES.get(p.required("granularity"));
        if (interval == null) {
            throw ApiError.invalidParameter("granularity");
        }
        String kLineType = p.optional("kLineType");
        if (kLineType != null && !List.of("MARKET", "MARK", "INDEX").contains(kLineType)) {
            throw ApiError.invalidParameter("kLineType");
        }
        int limit = p.intOr("limit", 100, 1, maxLimit);
        JsonArray list = new JsonArray();
        for (Candles.Candle k : Candles.series(c.book(), interval, p.optionalLong("startTime"), p.optionalLong("endTime"), limit, call.now())) {
            list.add(Json.strings(time(k.ts()), decimal(k.open()), decimal(k.high()), decimal(k.low()), decimal(k.close()),
                    decimal(k.baseVolume()), decimal(k.quoteVolume())));
        }
        return list;
    }

    private JsonArray recentTrades(ApiCall call) {
        Params p = call.params();
        FuturesContract c = contract(p);
        JsonArray list = new JsonArray();
        for (FuturesEngine.PublicTrade t : engine.recentTrades(c.symbol(), p.intOr("limit", 100, 1, 100))) {
            JsonObject o = new JsonObject();
            o.addProperty("tradeId", t.tradeId());
            o.addProperty("price", decimal(t.price()));
            o.addProperty("size", decimal(t.size()));
            o.addProperty("side", t.takerBuy() ? "buy" : "sell");
            o.addProperty("ts", time(t.ts()));
            o.addProperty("symbol", t.symbol());
            list.add(o);
        }
        return list;
    }

    private JsonArray symbolPrice(ApiCall call) {
        FuturesContract c = contract(call.params());
        BigDecimal mark = engine.markPrice(c.symbol());
        JsonObject o = new JsonObject();
        o.addProperty("symbol", c.symbol());
        o.addProperty("price", decimal(mark));
        o.addProperty("indexPrice", decimal(mark));
        o.addProperty("markPrice", decimal(mark));
        o.addProperty("ts", time(call.now()));
        JsonArray list = new JsonArray();
        list.add(o);
        return list;
    }

    private JsonObject openInterest(ApiCall call) {
        FuturesContract c = contract(call.params());
        JsonObject item = new JsonObject();
        item.addProperty("symbol", c.symbol());
        item.addProperty("size", decimal(engine.openInterest(c.symbol())));
        JsonArray items = new JsonArray();
        items.add(item);
        JsonObject o = new JsonObject();
        o.add("openInterestList", items);
        o.addProperty("ts", time(call.now()));
        return o;
    }

    private JsonArray currentFundingRate(ApiCall call) {
        JsonArray list = new JsonArray();
        for (FuturesContract c : contracts(call.params())) {
            JsonObject o = new JsonObject();
            o.addProperty("symbol", c.symbol());
            o.addProperty("fundingRate", "0");
            o.addProperty("fundingRateInterval", "8");
            o.addProperty("nextUpdate", time(nextFunding(call.now())));
            o.addProperty("minFundingRate", "-0.003");
            o.addProperty("maxFundingRate", "0.003");
            list.add(o);
        }
        return list;
    }

    private JsonArray fundingTime(ApiCall call) {
        FuturesContract c = contract(call.params());
        JsonObject o = new JsonObject();
        o.addProperty("symbol", c.symbol());
        o.addProperty("nextFundingTime", time(nextFunding(call.now())));
        o.addProperty("ratePeriod", "8");
        JsonArray list = new JsonArray();
        list.add(o);
        return list;
    }

    /** Bitget settles funding every 8 hours from UTC midnight. */
    private static long nextFunding(long now) {
        return (Math.floorDiv(now, 8 * HOUR) + 1) * 8 * HOUR;
    }
}
