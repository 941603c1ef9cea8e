// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("ConvertRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.convert.ConvertBgbHistoryRequest
import io.github.bitget4j.model.v2.convert.ConvertBgbRequest
import io.github.bitget4j.model.v2.convert.ConvertHistoryRequest
import io.github.bitget4j.model.v2.convert.ConvertQuoteRequest
import io.github.bitget4j.model.v2.convert.ConvertTradeRequest
import java.math.BigDecimal
import java.time.Instant

/**
 * Builds a [ConvertQuoteRequest], checked on construction: Give the amount to spend (fromCoinSize) or to receive (toCoinSize), not both.
 *
 * @param fromCoin coin to spend (required, sent as `fromCoin`)
 * @param fromCoinSize from coin size, decimal (optional, greater than 0, sent as `fromCoinSize`)
 * @param toCoin coin to receive (required, sent as `toCoin`)
 * @param toCoinSize to coin size, decimal (optional, greater than 0, sent as `toCoinSize`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun convertQuoteRequest(
    fromCoin: String,
    fromCoinSize: BigDecimal? = null,
    toCoin: String,
    toCoinSize: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): ConvertQuoteRequest = ConvertQuoteRequest(fromCoin, fromCoinSize, toCoin, toCoinSize, extraParams)

/**
 * Builds a [ConvertTradeRequest], checked on construction.
 *
 * @param fromCoin from coin (required, sent as `fromCoin`)
 * @param fromCoinSize from coin size, decimal (required, greater than 0, sent as `fromCoinSize`)
 * @param cnvtPrice the quoted price (required, greater than 0, sent as `cnvtPrice`)
 * @param toCoin to coin (required, sent as `toCoin`)
 * @param toCoinSize to coin size, decimal (required, greater than 0, sent as `toCoinSize`)
 * @param traceId quote id, valid for 8 seconds (required, sent as `traceId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun convertTradeRequest(
    fromCoin: String,
    fromCoinSize: BigDecimal,
    cnvtPrice: BigDecimal,
    toCoin: String,
    toCoinSize: BigDecimal,
    traceId: String,
    extraParams: Map<String, Any> = emptyMap(),
): ConvertTradeRequest = ConvertTradeRequest(fromCoin, fromCoinSize, cnvtPrice, toCoin, toCoinSize, traceId, extraParams)

/**
 * Builds a [ConvertHistoryRequest], checked on construction.
 *
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime at most 90 days after startTime (required, sent as `endTime`)
 * @param limit default 20 (optional, greater than 0, at most 100, sent as `limit`)
 * @param idLessThan endId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun convertHistoryRequest(
    startTime: Instant,
    endTime: Instant,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): ConvertHistoryRequest = ConvertHistoryRequest(startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [ConvertBgbRequest], checked on construction.
 *
 * @param coinList coins to sweep, e.g. EOS (required, not empty, sent as `coinList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun convertBgbRequest(
    coinList: List<String>,
    extraParams: Map<String, Any> = emptyMap(),
): ConvertBgbRequest = ConvertBgbRequest(coinList, extraParams)

/**
 * Builds a [ConvertBgbHistoryRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime at most 90 days after startTime (optional, sent as `endTime`)
 * @param limit default 20 (optional, greater than 0, at most 100, sent as `limit`)
 * @param idLessThan smallest orderId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun convertBgbHistoryRequest(
    orderId: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): ConvertBgbHistoryRequest = ConvertBgbHistoryRequest(orderId, startTime, endTime, limit, idLessThan, extraParams)
