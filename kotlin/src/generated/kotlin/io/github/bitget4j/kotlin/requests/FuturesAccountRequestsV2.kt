// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("FuturesAccountRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.OrderType
import io.github.bitget4j.model.v2.futures.FuturesAccountRequest
import io.github.bitget4j.model.v2.futures.FuturesAssetMode
import io.github.bitget4j.model.v2.futures.FuturesAutoMargin
import io.github.bitget4j.model.v2.futures.FuturesBillsRequest
import io.github.bitget4j.model.v2.futures.FuturesHoldSide
import io.github.bitget4j.model.v2.futures.FuturesInterestHistoryRequest
import io.github.bitget4j.model.v2.futures.FuturesLiquidationPriceRequest
import io.github.bitget4j.model.v2.futures.FuturesMaxOpenRequest
import io.github.bitget4j.model.v2.futures.FuturesOpenCountRequest
import io.github.bitget4j.model.v2.futures.FuturesPosMode
import io.github.bitget4j.model.v2.futures.FuturesProductTypeRequest
import io.github.bitget4j.model.v2.futures.FuturesSetAssetModeRequest
import io.github.bitget4j.model.v2.futures.FuturesSetAutoMarginRequest
import io.github.bitget4j.model.v2.futures.FuturesSetLeverageRequest
import io.github.bitget4j.model.v2.futures.FuturesSetMarginModeRequest
import io.github.bitget4j.model.v2.futures.FuturesSetMarginRequest
import io.github.bitget4j.model.v2.futures.FuturesSetPositionModeRequest
import io.github.bitget4j.model.v2.futures.FuturesUnionConvertRequest
import io.github.bitget4j.model.v2.futures.FuturesUnionTransferLimitsRequest
import io.github.bitget4j.model.v2.futures.ProductType
import io.github.bitget4j.model.v3.MarginMode
import java.math.BigDecimal
import java.time.Instant

/**
 * Builds a [FuturesAccountRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin upper case, e.g. USDT (required, sent as `marginCoin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresAccountRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesAccountRequest = FuturesAccountRequest(symbol, productType, marginCoin, extraParams)

/**
 * Builds a [FuturesProductTypeRequest], checked on construction.
 *
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresProductTypeRequest(
    productType: ProductType,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesProductTypeRequest = FuturesProductTypeRequest(productType, extraParams)

/**
 * Builds a [FuturesInterestHistoryRequest], checked on construction.
 *
 * @param productType USDT-FUTURES or SUSDT-FUTURES only (required, sent as `productType`)
 * @param coin coin, e.g. USDT (optional, sent as `coin`)
 * @param idLessThan cursor: items before this ID (from the previous page) (optional, sent as `idLessThan`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresInterestHistoryRequest(
    productType: ProductType,
    coin: String? = null,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesInterestHistoryRequest = FuturesInterestHistoryRequest(productType, coin, idLessThan, startTime, endTime, limit, extraParams)

/**
 * Builds a [FuturesOpenCountRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (required, sent as `marginCoin`)
 * @param openAmount margin to commit, margin coin (required, greater than 0, sent as `openAmount`)
 * @param openPrice open price, decimal (required, greater than 0, sent as `openPrice`)
 * @param leverage default 20 (optional, greater than 0, sent as `leverage`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresOpenCountRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    openAmount: BigDecimal,
    openPrice: BigDecimal,
    leverage: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesOpenCountRequest = FuturesOpenCountRequest(symbol, productType, marginCoin, openAmount, openPrice, leverage, extraParams)

/**
 * Builds a [FuturesSetAutoMarginRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param autoMargin auto margin, one of `on`, `off` (required, sent as `autoMargin`)
 * @param marginCoin margin coin, e.g. USDT (required, sent as `marginCoin`)
 * @param amount as listed by the reference SDK (optional, sent as `amount`)
 * @param holdSide hold side, one of `long`, `short` (optional, sent as `holdSide`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresSetAutoMarginRequest(
    symbol: String,
    autoMargin: FuturesAutoMargin,
    marginCoin: String,
    amount: BigDecimal? = null,
    holdSide: FuturesHoldSide? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesSetAutoMarginRequest = FuturesSetAutoMarginRequest(symbol, autoMargin, marginCoin, amount, holdSide, extraParams)

/**
 * Builds a [FuturesSetLeverageRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (required, sent as `marginCoin`)
 * @param leverage crossed mode, one-way mode, or the same value for both sides (optional, greater than 0, sent as `leverage`)
 * @param longLeverage isolated hedge mode: long side; wins over leverage (optional, greater than 0, sent as `longLeverage`)
 * @param shortLeverage isolated hedge mode: short side; wins over leverage (optional, greater than 0, sent as `shortLeverage`)
 * @param holdSide isolated hedge mode: the side leverage applies to (optional, sent as `holdSide`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresSetLeverageRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    leverage: BigDecimal? = null,
    longLeverage: BigDecimal? = null,
    shortLeverage: BigDecimal? = null,
    holdSide: FuturesHoldSide? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesSetLeverageRequest = FuturesSetLeverageRequest(symbol, productType, marginCoin, leverage, longLeverage, shortLeverage, holdSide, extraParams)

/**
 * Builds a [FuturesSetMarginRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (required, sent as `marginCoin`)
 * @param holdSide hold side, one of `long`, `short` (required, sent as `holdSide`)
 * @param amount positive adds margin, negative removes it (required, sent as `amount`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresSetMarginRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    holdSide: FuturesHoldSide,
    amount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesSetMarginRequest = FuturesSetMarginRequest(symbol, productType, marginCoin, holdSide, amount, extraParams)

/**
 * Builds a [FuturesSetAssetModeRequest], checked on construction.
 *
 * @param productType USDT-FUTURES or SUSDT-FUTURES only (required, sent as `productType`)
 * @param assetMode asset mode, one of `single`, `union` (required, sent as `assetMode`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresSetAssetModeRequest(
    productType: ProductType,
    assetMode: FuturesAssetMode,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesSetAssetModeRequest = FuturesSetAssetModeRequest(productType, assetMode, extraParams)

/**
 * Builds a [FuturesSetMarginModeRequest], checked on construction: refused while the symbol has a position or an order.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (required, sent as `marginCoin`)
 * @param marginMode margin mode, one of `crossed`, `isolated` (required, sent as `marginMode`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresSetMarginModeRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    marginMode: MarginMode,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesSetMarginModeRequest = FuturesSetMarginModeRequest(symbol, productType, marginCoin, marginMode, extraParams)

/**
 * Builds a [FuturesSetPositionModeRequest], checked on construction: refused while the product type has a position or an order.
 *
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param posMode pos mode, one of `one_way_mode`, `hedge_mode` (required, sent as `posMode`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresSetPositionModeRequest(
    productType: ProductType,
    posMode: FuturesPosMode,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesSetPositionModeRequest = FuturesSetPositionModeRequest(productType, posMode, extraParams)

/**
 * Builds a [FuturesBillsRequest], checked on construction.
 *
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param coin only with no symbol (optional, sent as `coin`)
 * @param businessType e.g. open_long, close_short, contract_settle_fee (optional, sent as `businessType`)
 * @param idLessThan cursor: items before this ID (from the previous page) (optional, sent as `idLessThan`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresBillsRequest(
    productType: ProductType,
    symbol: String? = null,
    coin: String? = null,
    businessType: String? = null,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesBillsRequest = FuturesBillsRequest(productType, symbol, coin, businessType, idLessThan, startTime, endTime, limit, extraParams)

/**
 * Builds a [FuturesUnionTransferLimitsRequest], checked on construction.
 *
 * @param coin coin, e.g. USDT (required, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresUnionTransferLimitsRequest(
    coin: String,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesUnionTransferLimitsRequest = FuturesUnionTransferLimitsRequest(coin, extraParams)

/**
 * Builds a [FuturesUnionConvertRequest], checked on construction.
 *
 * @param coin coin, e.g. USDT (required, sent as `coin`)
 * @param amount amount, decimal (required, greater than 0, sent as `amount`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresUnionConvertRequest(
    coin: String,
    amount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesUnionConvertRequest = FuturesUnionConvertRequest(coin, amount, extraParams)

/**
 * Builds a [FuturesMaxOpenRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (required, sent as `marginCoin`)
 * @param posSide pos side, one of `long`, `short` (required, sent as `posSide`)
 * @param orderType order type, one of `limit`, `market` (required, sent as `orderType`)
 * @param openPrice required for a limit order (optional, greater than 0, sent as `openPrice`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresMaxOpenRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    posSide: FuturesHoldSide,
    orderType: OrderType,
    openPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesMaxOpenRequest = FuturesMaxOpenRequest(symbol, productType, marginCoin, posSide, orderType, openPrice, extraParams)

/**
 * Builds a [FuturesLiquidationPriceRequest], checked on construction.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (required, sent as `marginCoin`)
 * @param posSide pos side, one of `long`, `short` (required, sent as `posSide`)
 * @param orderType order type, one of `limit`, `market` (required, sent as `orderType`)
 * @param openAmount size to open, base coin (required, greater than 0, sent as `openAmount`)
 * @param openPrice required for a limit order (optional, greater than 0, sent as `openPrice`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun futuresLiquidationPriceRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    posSide: FuturesHoldSide,
    orderType: OrderType,
    openAmount: BigDecimal,
    openPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesLiquidationPriceRequest = FuturesLiquidationPriceRequest(symbol, productType, marginCoin, posSide, orderType, openAmount, openPrice, extraParams)
