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

/**
 * Builds a [CopyRemoveFollowerRequest], checked on construction: Removes one follower.
 *
 * @param followerUid the follower's user id (required, sent as `followerUid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyRemoveFollowerRequest(
    followerUid: String,
    extraParams: Map<String, Any> = emptyMap(),
): CopyRemoveFollowerRequest = CopyRemoveFollowerRequest(followerUid, extraParams)

/**
 * Builds a [CopyTraderProfitShareHistoryRequest], checked on construction: Filters a trader's settled profit shares.
 *
 * @param coin settlement coin (optional, sent as `coin`)
 * @param idLessThan endId of the previous page (older data) (optional, sent as `idLessThan`)
 * @param idGreaterThan endId of the previous page (newer data) (optional, sent as `idGreaterThan`)
 * @param startTime span at most three months (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 100 (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyTraderProfitShareHistoryRequest(
    coin: String? = null,
    idLessThan: String? = null,
    idGreaterThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyTraderProfitShareHistoryRequest = CopyTraderProfitShareHistoryRequest(coin, idLessThan, idGreaterThan, startTime, endTime, limit, extraParams)

/**
 * Builds a [CopyTraderProfitDetailsRequest], checked on construction: Pages through a trader's unsettled profit shares.
 *
 * @param coin settlement coin (optional, sent as `coin`)
 * @param pageNo from 1 (optional, greater than 0, sent as `pageNo`)
 * @param pageSize default 20 (optional, greater than 0, at most 50, sent as `pageSize`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyTraderProfitDetailsRequest(
    coin: String? = null,
    pageNo: Int? = null,
    pageSize: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyTraderProfitDetailsRequest = CopyTraderProfitDetailsRequest(coin, pageNo, pageSize, extraParams)

/**
 * Builds a [CopyFuturesTraderOrdersRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `productType`)
 * @param startTime span at most three months (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 20 (optional, greater than 0, at most 50, sent as `limit`)
 * @param idGreaterThan endId of the previous page (newer data) (optional, sent as `idGreaterThan`)
 * @param idLessThan endId of the previous page (older data) (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [CopyFuturesTraderHistoryOrdersRequest], checked on construction.
 *
 * @param idLessThan endId of the previous page (older data) (optional, sent as `idLessThan`)
 * @param idGreaterThan endId of the previous page (newer data) (optional, sent as `idGreaterThan`)
 * @param startTime order creation time; span at most three months (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 20 (optional, greater than 0, at most 100, sent as `limit`)
 * @param order by creation time; default desc (optional, sent as `order`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `productType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [CopyFuturesTraderTpslRequest], checked on construction.
 *
 * @param trackingNo tracking no (required, sent as `trackingNo`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `productType`)
 * @param stopSurplusPrice take-profit price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as `stopSurplusPrice`)
 * @param stopLossPrice stop-loss price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as `stopLossPrice`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyFuturesTraderTpslRequest(
    trackingNo: String,
    productType: CopyProductType,
    stopSurplusPrice: BigDecimal? = null,
    stopLossPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesTraderTpslRequest = CopyFuturesTraderTpslRequest(trackingNo, productType, stopSurplusPrice, stopLossPrice, extraParams)

/**
 * Builds a [CopyFuturesTraderCloseRequest], checked on construction: With productType alone, every tracked position of that line is closed.
 *
 * @param trackingNo one tracked order; must belong to symbol when both are set (optional, sent as `trackingNo`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `productType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyFuturesTraderCloseRequest(
    trackingNo: String? = null,
    symbol: String? = null,
    productType: CopyProductType,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesTraderCloseRequest = CopyFuturesTraderCloseRequest(trackingNo, symbol, productType, extraParams)

/**
 * Builds a [CopyPageRequest], checked on construction.
 *
 * @param pageSize number of items per page (optional, greater than 0, sent as `pageSize`)
 * @param pageNo from 1 (optional, greater than 0, sent as `pageNo`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyPageRequest(
    pageSize: Int? = null,
    pageNo: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyPageRequest = CopyPageRequest(pageSize, pageNo, extraParams)

/**
 * Builds a [CopyProductTypeRequest], checked on construction.
 *
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `productType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyProductTypeRequest(
    productType: CopyProductType,
    extraParams: Map<String, Any> = emptyMap(),
): CopyProductTypeRequest = CopyProductTypeRequest(productType, extraParams)

/**
 * Builds a [CopyFuturesTraderSymbolSettingRequest], checked on construction: One symbol to add, remove or update.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `productType`)
 * @param settingType setting type, one of `ADD`, `DELETE`, `UPDATE` (required, sent as `settingType`)
 * @param stopSurplusRatio take-profit ratio 1-400; on UPDATE 0 clears it, absent keeps it (optional, 0 or more, sent as `stopSurplusRatio`)
 * @param stopLossRatio stop-loss ratio 1-400; on UPDATE 0 clears it, absent keeps it (optional, 0 or more, sent as `stopLossRatio`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyFuturesTraderSymbolSettingRequest(
    symbol: String,
    productType: CopyProductType,
    settingType: CopySymbolSettingType,
    stopSurplusRatio: BigDecimal? = null,
    stopLossRatio: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesTraderSymbolSettingRequest = CopyFuturesTraderSymbolSettingRequest(symbol, productType, settingType, stopSurplusRatio, stopLossRatio, extraParams)

/**
 * Builds a [CopyFuturesTraderSymbolSettingsRequest], checked on construction.
 *
 * @param settingList at most 50 entries (required, not empty, sent as `settingList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyFuturesTraderSymbolSettingsRequest(
    settingList: List<CopyFuturesTraderSymbolSettingRequest>,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesTraderSymbolSettingsRequest = CopyFuturesTraderSymbolSettingsRequest(settingList, extraParams)

/**
 * Builds a [CopyFuturesTraderBaseSettingsRequest], checked on construction.
 *
 * @param enable copy trading on or off (optional, sent as `enable`)
 * @param showTotalEquity show total equity to others (optional, sent as `showTotalEquity`)
 * @param showTpsl show TP/SL to others (optional, sent as `showTpsl`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyFuturesTraderBaseSettingsRequest(
    enable: CopyYesNo? = null,
    showTotalEquity: CopyYesNo? = null,
    showTpsl: CopyYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesTraderBaseSettingsRequest = CopyFuturesTraderBaseSettingsRequest(enable, showTotalEquity, showTpsl, extraParams)

/**
 * Builds a [CopyFuturesFollowersRequest], checked on construction.
 *
 * @param pageNo from 1 (optional, greater than 0, sent as `pageNo`)
 * @param pageSize default 20 (optional, greater than 0, at most 100, sent as `pageSize`)
 * @param startTime span at most three months (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyFuturesFollowersRequest(
    pageNo: Int? = null,
    pageSize: Int? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesFollowersRequest = CopyFuturesFollowersRequest(pageNo, pageSize, startTime, endTime, extraParams)
