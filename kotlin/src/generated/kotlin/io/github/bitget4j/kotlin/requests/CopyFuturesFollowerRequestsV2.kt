// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("CopyFuturesFollowerRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.copy.CopyAutoCopy
import io.github.bitget4j.model.v2.copy.CopyFollowMode
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerCloseRequest
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerOrdersRequest
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerSettingsRequest
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerSymbolSettingRequest
import io.github.bitget4j.model.v2.copy.CopyFuturesFollowerTpslRequest
import io.github.bitget4j.model.v2.copy.CopyLeverType
import io.github.bitget4j.model.v2.copy.CopyMarginMode
import io.github.bitget4j.model.v2.copy.CopyMarginType
import io.github.bitget4j.model.v2.copy.CopyMyTradersRequest
import io.github.bitget4j.model.v2.copy.CopyProductType
import io.github.bitget4j.model.v2.copy.CopySymbolProductRequest
import io.github.bitget4j.model.v2.copy.CopyTraceType
import io.github.bitget4j.model.v2.copy.CopyTraderIdRequest
import io.github.bitget4j.model.v2.futures.FuturesHoldSide
import java.math.BigDecimal
import java.time.Instant

/** Builds a [CopyTraderIdRequest], checked on construction: Names one trader. */
public fun copyTraderIdRequest(
    traderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): CopyTraderIdRequest = CopyTraderIdRequest(traderId, extraParams)

/** Builds a [CopyMyTradersRequest], checked on construction: Pages through the traders a follower follows. */
public fun copyMyTradersRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    pageNo: Int? = null,
    pageSize: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyMyTradersRequest = CopyMyTradersRequest(startTime, endTime, pageNo, pageSize, extraParams)

/** Builds a [CopyFuturesFollowerOrdersRequest], checked on construction. */
public fun copyFuturesFollowerOrdersRequest(
    idLessThan: String? = null,
    idGreaterThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    symbol: String? = null,
    productType: CopyProductType,
    traderId: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesFollowerOrdersRequest = CopyFuturesFollowerOrdersRequest(idLessThan, idGreaterThan, startTime, endTime, limit, symbol, productType, traderId, extraParams)

/** Builds a [CopyFuturesFollowerTpslRequest], checked on construction. */
public fun copyFuturesFollowerTpslRequest(
    trackingNo: String,
    symbol: String? = null,
    productType: CopyProductType,
    stopSurplusPrice: BigDecimal? = null,
    stopLossPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesFollowerTpslRequest = CopyFuturesFollowerTpslRequest(trackingNo, symbol, productType, stopSurplusPrice, stopLossPrice, extraParams)

/** Builds a [CopyFuturesFollowerCloseRequest], checked on construction: Narrow by tracking number, symbol, margin coin, mode and side. */
public fun copyFuturesFollowerCloseRequest(
    productType: CopyProductType,
    trackingNo: String? = null,
    symbol: String? = null,
    marginCoin: String? = null,
    marginMode: CopyMarginMode? = null,
    holdSide: FuturesHoldSide? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesFollowerCloseRequest = CopyFuturesFollowerCloseRequest(productType, trackingNo, symbol, marginCoin, marginMode, holdSide, extraParams)

/** Builds a [CopyFuturesFollowerSymbolSettingRequest], checked on construction: How one symbol of a trader is copied. */
public fun copyFuturesFollowerSymbolSettingRequest(
    symbol: String,
    productType: CopyProductType,
    marginType: CopyMarginType,
    marginCoin: String? = null,
    leverType: CopyLeverType,
    longLeverage: Int? = null,
    shortLeverage: Int? = null,
    traceType: CopyTraceType,
    traceValue: BigDecimal,
    maxHoldSize: BigDecimal? = null,
    stopSurplusRatio: BigDecimal? = null,
    stopLossRatio: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesFollowerSymbolSettingRequest = CopyFuturesFollowerSymbolSettingRequest(symbol, productType, marginType, marginCoin, leverType, longLeverage, shortLeverage, traceType, traceValue, maxHoldSize, stopSurplusRatio, stopLossRatio, extraParams)

/** Builds a [CopyFuturesFollowerSettingsRequest], checked on construction. */
public fun copyFuturesFollowerSettingsRequest(
    traderId: String,
    autoCopy: CopyAutoCopy? = null,
    mode: CopyFollowMode? = null,
    settings: List<CopyFuturesFollowerSymbolSettingRequest>,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesFollowerSettingsRequest = CopyFuturesFollowerSettingsRequest(traderId, autoCopy, mode, settings, extraParams)

/** Builds a [CopySymbolProductRequest], checked on construction. */
public fun copySymbolProductRequest(
    symbol: String,
    productType: CopyProductType,
    extraParams: Map<String, Any> = emptyMap(),
): CopySymbolProductRequest = CopySymbolProductRequest(symbol, productType, extraParams)
