// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.convert.ConvertBgbCoins;
import io.github.bitget4j.model.v2.convert.ConvertBgbRecord;
import io.github.bitget4j.model.v2.convert.ConvertBgbResult;
import io.github.bitget4j.model.v2.convert.ConvertCoin;
import io.github.bitget4j.model.v2.convert.ConvertHistory;
import io.github.bitget4j.model.v2.convert.ConvertQuote;
import io.github.bitget4j.model.v2.convert.ConvertTradeResult;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.ConvertApiV2}. */
public final class ConvertEndpointsV2 {

    /** {@code GET /api/v2/convert/currencies}. */
    public static final Endpoint<List<ConvertCoin>> GET_CONVERT_COINS =
            Endpoint.getList("/api/v2/convert/currencies", PRIVATE, ConvertCoin.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code GET /api/v2/convert/quoted-price}. */
    public static final Endpoint<ConvertQuote> GET_CONVERT_QUOTED_PRICE =
            Endpoint.get("/api/v2/convert/quoted-price", PRIVATE, ConvertQuote.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("fromCoin", "fromCoinSize", "toCoin", "toCoinSize");

    /** {@code POST /api/v2/convert/trade}. */
    public static final Endpoint<ConvertTradeResult> CONVERT =
            Endpoint.post("/api/v2/convert/trade", PRIVATE, ConvertTradeResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("fromCoin", "fromCoinSize", "cnvtPrice", "toCoin", "toCoinSize", "traceId");

    /** {@code GET /api/v2/convert/convert-record}. */
    public static final Endpoint<ConvertHistory> GET_CONVERT_HISTORY =
            Endpoint.get("/api/v2/convert/convert-record", PRIVATE, ConvertHistory.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "limit", "idLessThan");

    /** {@code GET /api/v2/convert/bgb-convert-coin-list}. */
    public static final Endpoint<ConvertBgbCoins> GET_CONVERT_BGB_COINS =
            Endpoint.get("/api/v2/convert/bgb-convert-coin-list", PRIVATE, ConvertBgbCoins.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters();

    /** {@code POST /api/v2/convert/bgb-convert}. */
    public static final Endpoint<ConvertBgbResult> CONVERT_BGB =
            Endpoint.post("/api/v2/convert/bgb-convert", PRIVATE, ConvertBgbResult.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("coinList");

    /** {@code GET /api/v2/convert/bgb-convert-records}. */
    public static final Endpoint<List<ConvertBgbRecord>> GET_CONVERT_BGB_HISTORY =
            Endpoint.getList("/api/v2/convert/bgb-convert-records", PRIVATE, ConvertBgbRecord.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("orderId", "startTime", "endTime", "limit", "idLessThan");

    private ConvertEndpointsV2() {
    }
}
