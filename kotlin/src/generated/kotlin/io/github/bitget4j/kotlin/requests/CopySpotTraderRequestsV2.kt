// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("CopySpotTraderRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.copy.CopySpotFollowersRequest
import io.github.bitget4j.model.v2.copy.CopySpotSellRequest
import io.github.bitget4j.model.v2.copy.CopySpotSymbolSettingType
import io.github.bitget4j.model.v2.copy.CopySpotTpslRequest
import io.github.bitget4j.model.v2.copy.CopySpotTraderOrdersRequest
import io.github.bitget4j.model.v2.copy.CopySpotTraderSymbolsRequest
import java.math.BigDecimal
import java.time.Instant

/** Builds a [CopySpotTpslRequest], checked on construction: Take-profit / stop-loss of one spot tracked order. */
public fun copySpotTpslRequest(
    trackingNo: String,
    stopSurplusPrice: BigDecimal? = null,
    stopLossPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotTpslRequest = CopySpotTpslRequest(trackingNo, stopSurplusPrice, stopLossPrice, extraParams)

/** Builds a [CopySpotSellRequest], checked on construction: Sells spot tracked orders of one symbol. */
public fun copySpotSellRequest(
    trackingNoList: List<String>,
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotSellRequest = CopySpotSellRequest(trackingNoList, symbol, extraParams)

/** Builds a [CopySpotTraderOrdersRequest], checked on construction: Filters a spot trader's tracked orders. */
public fun copySpotTraderOrdersRequest(
    symbol: String? = null,
    idLessThan: String? = null,
    idGreaterThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotTraderOrdersRequest = CopySpotTraderOrdersRequest(symbol, idLessThan, idGreaterThan, startTime, endTime, limit, extraParams)

/** Builds a [CopySpotTraderSymbolsRequest], checked on construction. */
public fun copySpotTraderSymbolsRequest(
    symbolList: List<String>,
    settingType: CopySpotSymbolSettingType,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotTraderSymbolsRequest = CopySpotTraderSymbolsRequest(symbolList, settingType, extraParams)

/** Builds a [CopySpotFollowersRequest], checked on construction. */
public fun copySpotFollowersRequest(
    pageNo: Int? = null,
    pageSize: Int? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotFollowersRequest = CopySpotFollowersRequest(pageNo, pageSize, startTime, endTime, extraParams)
