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

/** Builds a [ConvertQuoteRequest], checked on construction: Give the amount to spend (fromCoinSize) or to receive (toCoinSize), not both. */
public fun convertQuoteRequest(
    fromCoin: String,
    fromCoinSize: BigDecimal? = null,
    toCoin: String,
    toCoinSize: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): ConvertQuoteRequest = ConvertQuoteRequest(fromCoin, fromCoinSize, toCoin, toCoinSize, extraParams)

/** Builds a [ConvertTradeRequest], checked on construction. */
public fun convertTradeRequest(
    fromCoin: String,
    fromCoinSize: BigDecimal,
    cnvtPrice: BigDecimal,
    toCoin: String,
    toCoinSize: BigDecimal,
    traceId: String,
    extraParams: Map<String, Any> = emptyMap(),
): ConvertTradeRequest = ConvertTradeRequest(fromCoin, fromCoinSize, cnvtPrice, toCoin, toCoinSize, traceId, extraParams)

/** Builds a [ConvertHistoryRequest], checked on construction. */
public fun convertHistoryRequest(
    startTime: Instant,
    endTime: Instant,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): ConvertHistoryRequest = ConvertHistoryRequest(startTime, endTime, limit, idLessThan, extraParams)

/** Builds a [ConvertBgbRequest], checked on construction. */
public fun convertBgbRequest(
    coinList: List<String>,
    extraParams: Map<String, Any> = emptyMap(),
): ConvertBgbRequest = ConvertBgbRequest(coinList, extraParams)

/** Builds a [ConvertBgbHistoryRequest], checked on construction. */
public fun convertBgbHistoryRequest(
    orderId: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): ConvertBgbHistoryRequest = ConvertBgbHistoryRequest(orderId, startTime, endTime, limit, idLessThan, extraParams)
