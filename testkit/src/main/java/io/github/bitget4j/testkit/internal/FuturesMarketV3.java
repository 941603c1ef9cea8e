package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * V3 market data of the USDT-M futures contracts ({@code category=USDT-FUTURES}): tickers and order books from
 * the engine V2 reads, so both versions quote the same prices. {@link MarketV3} hands futures requests here.
 */
final class FuturesMarketV3 {

    /** V2 ticker member to V3 ticker member; the V3 ticker has the same figures under these names. */
    private static final String[][] TICKER_NAMES = {
        {"lastPr", "lastPrice"}, {"open24h", "openPrice24h"}, {"high24h", "highPrice24h"}, {"low24h", "lowPrice24h"},
        {"askPr", "ask1Price"}, {"bidPr", "bid1Price"}, {"bidSz", "bid1Size"}, {"askSz", "ask1Size"},
        {"change24h", "price24hPcnt"}, {"baseVolume", "volume24h"}, {"quoteVolume", "turnover24h"},
        {"indexPrice", "indexPrice"}, {"markPrice", "markPrice"}, {"fundingRate", "fundingRate"},
        {"holdingAmount", "openInterest"},
    };

    private final FuturesEngine engine;
    private final FuturesMarketV2 v2;

    FuturesMarketV3(FuturesEngine engine, FuturesMarketV2 v2) {
        this.engine = engine;
        this.v2 = v2;
    }

    /** Every contract's ticker, or one symbol's. @throws FuturesException UNKNOWN_SYMBOL */
    JsonArray tickers(@Nullable String symbol, long now) {
        List<FuturesContract> contracts = symbol == null ? List.copyOf(engine.contracts())
                : List.of(engine.contract(symbol.toUpperCase(Locale.ROOT)));
        JsonArray list = new JsonArray();
        for (FuturesContract c : contracts) {
            JsonObject v2Ticker = v2.ticker(c, now);
            JsonObject o = new JsonObject();
            o.addProperty("category", FuturesWireV3.USDT_FUTURES);
            o.addProperty("symbol", c.symbol());
            for (String[] names : TICKER_NAMES) {
                o.add(names[1], v2Ticker.get(names[0]));
            }
            list.add(o);
        }
        return list;
    }

    /** @throws FuturesException UNKNOWN_SYMBOL */
    JsonObject orderbook(String symbol, int limit, long now) {
        OrderBook.Depth depth = engine.depth(symbol.toUpperCase(Locale.ROOT), limit);
        JsonObject o = new JsonObject();
        o.add("a", SpotMarketV2.levels(depth.asks()));
        o.add("b", SpotMarketV2.levels(depth.bids()));
        o.addProperty("ts", Long.toString(now));
        return o;
    }
}
