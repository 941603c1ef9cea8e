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

/**
 * Builds a [CopyTraderIdRequest], checked on construction: Names one trader.
 *
 * @param traderId the trader's user id (required, sent as `traderId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyTraderIdRequest(
    traderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): CopyTraderIdRequest = CopyTraderIdRequest(traderId, extraParams)

/**
 * Builds a [CopyMyTradersRequest], checked on construction: Pages through the traders a follower follows.
 *
 * @param startTime span at most three months (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param pageNo from 1 (optional, greater than 0, sent as `pageNo`)
 * @param pageSize default 20 (optional, greater than 0, at most 50, sent as `pageSize`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyMyTradersRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    pageNo: Int? = null,
    pageSize: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyMyTradersRequest = CopyMyTradersRequest(startTime, endTime, pageNo, pageSize, extraParams)

/**
 * Builds a [CopyFuturesFollowerOrdersRequest], checked on construction.
 *
 * @param idLessThan last trackingNo of the previous page (older data) (optional, sent as `idLessThan`)
 * @param idGreaterThan newer data after this id (optional, sent as `idGreaterThan`)
 * @param startTime copy creation time; span at most three months (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 20 (optional, greater than 0, at most 100, sent as `limit`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `productType`)
 * @param traderId only orders copied from this trader (optional, sent as `traderId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [CopyFuturesFollowerTpslRequest], checked on construction.
 *
 * @param trackingNo tracking no (required, sent as `trackingNo`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `productType`)
 * @param stopSurplusPrice take-profit price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as `stopSurplusPrice`)
 * @param stopLossPrice stop-loss price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as `stopLossPrice`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyFuturesFollowerTpslRequest(
    trackingNo: String,
    symbol: String? = null,
    productType: CopyProductType,
    stopSurplusPrice: BigDecimal? = null,
    stopLossPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesFollowerTpslRequest = CopyFuturesFollowerTpslRequest(trackingNo, symbol, productType, stopSurplusPrice, stopLossPrice, extraParams)

/**
 * Builds a [CopyFuturesFollowerCloseRequest], checked on construction: Narrow by tracking number, symbol, margin coin, mode and side.
 *
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `productType`)
 * @param trackingNo must match the other filters when they are set (optional, sent as `trackingNo`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param marginCoin margin coin, e.g. USDT (optional, sent as `marginCoin`)
 * @param marginMode margin mode, one of `isolated`, `cross` (optional, sent as `marginMode`)
 * @param holdSide required in hedge mode, ignored in one-way mode (optional, sent as `holdSide`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyFuturesFollowerCloseRequest(
    productType: CopyProductType,
    trackingNo: String? = null,
    symbol: String? = null,
    marginCoin: String? = null,
    marginMode: CopyMarginMode? = null,
    holdSide: FuturesHoldSide? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesFollowerCloseRequest = CopyFuturesFollowerCloseRequest(productType, trackingNo, symbol, marginCoin, marginMode, holdSide, extraParams)

/**
 * Builds a [CopyFuturesFollowerSymbolSettingRequest], checked on construction: How one symbol of a trader is copied.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `productType`)
 * @param marginType advanced mode only (required, sent as `marginType`)
 * @param marginCoin margin coin, e.g. USDT (optional, sent as `marginCoin`)
 * @param leverType advanced mode only (required, sent as `leverType`)
 * @param longLeverage leverage of long positions, leverType specify (optional, greater than 0, sent as `longLeverage`)
 * @param shortLeverage leverage of short positions, leverType specify (optional, greater than 0, sent as `shortLeverage`)
 * @param traceType trace type, one of `percent`, `amount`, `count` (required, sent as `traceType`)
 * @param traceValue ratio, amount or quantity, as traceType says (required, greater than 0, sent as `traceValue`)
 * @param maxHoldSize largest copied holding (optional, greater than 0, sent as `maxHoldSize`)
 * @param stopSurplusRatio take-profit ratio, percent (optional, 0 or more, sent as `stopSurplusRatio`)
 * @param stopLossRatio stop-loss ratio, percent (optional, 0 or more, sent as `stopLossRatio`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [CopyFuturesFollowerSettingsRequest], checked on construction.
 *
 * @param traderId trader id (required, sent as `traderId`)
 * @param autoCopy basic mode only (optional, sent as `autoCopy`)
 * @param mode default advanced (optional, sent as `mode`)
 * @param settings at most 10 symbols (required, not empty, sent as `settings`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyFuturesFollowerSettingsRequest(
    traderId: String,
    autoCopy: CopyAutoCopy? = null,
    mode: CopyFollowMode? = null,
    settings: List<CopyFuturesFollowerSymbolSettingRequest>,
    extraParams: Map<String, Any> = emptyMap(),
): CopyFuturesFollowerSettingsRequest = CopyFuturesFollowerSettingsRequest(traderId, autoCopy, mode, settings, extraParams)

/**
 * Builds a [CopySymbolProductRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `productType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copySymbolProductRequest(
    symbol: String,
    productType: CopyProductType,
    extraParams: Map<String, Any> = emptyMap(),
): CopySymbolProductRequest = CopySymbolProductRequest(symbol, productType, extraParams)
