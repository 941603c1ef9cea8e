// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("CopyFuturesTraderRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.copy.CopyFuturesFollowersRequest
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderBaseSettingsRequest
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderCloseRequest
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderHistoryOrdersRequest
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderOrdersRequest
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderSymbolSettingRequest
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderSymbolSettingsRequest
import io.github.bitget4j.model.v2.copy.CopyFuturesTraderTpslRequest
import io.github.bitget4j.model.v2.copy.CopyPageRequest
import io.github.bitget4j.model.v2.copy.CopyProductType
import io.github.bitget4j.model.v2.copy.CopyProductTypeRequest
import io.github.bitget4j.model.v2.copy.CopyRemoveFollowerRequest
import io.github.bitget4j.model.v2.copy.CopySortOrder
import io.github.bitget4j.model.v2.copy.CopySymbolSettingType
import io.github.bitget4j.model.v2.copy.CopyTraderProfitDetailsRequest
import io.github.bitget4j.model.v2.copy.CopyTraderProfitShareHistoryRequest
import io.github.bitget4j.model.v2.copy.CopyYesNo
import java.math.BigDecimal
import java.time.Instant

/** Builds a [CopyRemoveFollowerRequest], checked on construction: Removes one follower. */
public fun copyRemoveFollowerRequest(
    followerUid: String,
    extraParams: Map<String, Any> = emptyMap(),
): CopyRemoveFollowerRequest = CopyRemoveFollowerRequest(followerUid, extraParams)

/** Builds a [CopyTraderProfitShareHistoryRequest], checked on construction: Filters a trader's settled profit shares. */
public fun copyTraderProfitShareHistoryRequest(
    coin: String? = null,
    idLessThan: String? = null,
    idGreaterThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyTraderProfitShareHistoryRequest = CopyTraderProfitShareHistoryRequest(coin, idLessThan, idGreaterThan, startTime, endTime, limit, extraParams)

/** Builds a [CopyTraderProfitDetailsRequest], checked on construction: Pages through a trader's unsettled profit shares. */
public fun copyTraderProfitDetailsRequest(
    coin: String? = null,
    pageNo: Int? = null,
    pageSize: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyTraderProfitDetailsRequest = CopyTraderProfitDetailsRequest(coin, pageNo, pageSize, extraParams)

/** Builds a [CopyFuturesTraderOrdersRequest], checked on construction. */
public fun copyFuturesTraderOrdersRequest(
    symbol: String? = null,
    productType: CopyProductType,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idGreaterThan: String? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesTraderOrdersRequest = CopyFuturesTraderOrdersRequest(symbol, productType, startTime, endTime, limit, idGreaterThan, idLessThan, extraParams)

/** Builds a [CopyFuturesTraderHistoryOrdersRequest], checked on construction. */
public fun copyFuturesTraderHistoryOrdersRequest(
    idLessThan: String? = null,
    idGreaterThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    order: CopySortOrder? = null,
    symbol: String? = null,
    productType: CopyProductType,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesTraderHistoryOrdersRequest = CopyFuturesTraderHistoryOrdersRequest(idLessThan, idGreaterThan, startTime, endTime, limit, order, symbol, productType, extraParams)

/** Builds a [CopyFuturesTraderTpslRequest], checked on construction. */
public fun copyFuturesTraderTpslRequest(
    trackingNo: String,
    productType: CopyProductType,
    stopSurplusPrice: BigDecimal? = null,
    stopLossPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesTraderTpslRequest = CopyFuturesTraderTpslRequest(trackingNo, productType, stopSurplusPrice, stopLossPrice, extraParams)

/** Builds a [CopyFuturesTraderCloseRequest], checked on construction: With productType alone, every tracked position of that line is closed. */
public fun copyFuturesTraderCloseRequest(
    trackingNo: String? = null,
    symbol: String? = null,
    productType: CopyProductType,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesTraderCloseRequest = CopyFuturesTraderCloseRequest(trackingNo, symbol, productType, extraParams)

/** Builds a [CopyPageRequest], checked on construction. */
public fun copyPageRequest(
    pageSize: Int? = null,
    pageNo: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyPageRequest = CopyPageRequest(pageSize, pageNo, extraParams)

/** Builds a [CopyProductTypeRequest], checked on construction. */
public fun copyProductTypeRequest(
    productType: CopyProductType,
    extraParams: Map<String, Any> = emptyMap(),
): CopyProductTypeRequest = CopyProductTypeRequest(productType, extraParams)

/** Builds a [CopyFuturesTraderSymbolSettingRequest], checked on construction: One symbol to add, remove or update. */
public fun copyFuturesTraderSymbolSettingRequest(
    symbol: String,
    productType: CopyProductType,
    settingType: CopySymbolSettingType,
    stopSurplusRatio: BigDecimal? = null,
    stopLossRatio: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesTraderSymbolSettingRequest = CopyFuturesTraderSymbolSettingRequest(symbol, productType, settingType, stopSurplusRatio, stopLossRatio, extraParams)

/** Builds a [CopyFuturesTraderSymbolSettingsRequest], checked on construction. */
public fun copyFuturesTraderSymbolSettingsRequest(
    settingList: List<CopyFuturesTraderSymbolSettingRequest>,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesTraderSymbolSettingsRequest = CopyFuturesTraderSymbolSettingsRequest(settingList, extraParams)

/** Builds a [CopyFuturesTraderBaseSettingsRequest], checked on construction. */
public fun copyFuturesTraderBaseSettingsRequest(
    enable: CopyYesNo? = null,
    showTotalEquity: CopyYesNo? = null,
    showTpsl: CopyYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesTraderBaseSettingsRequest = CopyFuturesTraderBaseSettingsRequest(enable, showTotalEquity, showTpsl, extraParams)

/** Builds a [CopyFuturesFollowersRequest], checked on construction. */
public fun copyFuturesFollowersRequest(
    pageNo: Int? = null,
    pageSize: Int? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesFollowersRequest = CopyFuturesFollowersRequest(pageNo, pageSize, startTime, endTime, extraParams)
