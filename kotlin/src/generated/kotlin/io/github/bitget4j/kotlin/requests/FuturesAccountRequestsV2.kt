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

/** Builds a [FuturesAccountRequest], checked on construction. */
public fun futuresAccountRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesAccountRequest = FuturesAccountRequest(symbol, productType, marginCoin, extraParams)

/** Builds a [FuturesProductTypeRequest], checked on construction. */
public fun futuresProductTypeRequest(
    productType: ProductType,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesProductTypeRequest = FuturesProductTypeRequest(productType, extraParams)

/** Builds a [FuturesInterestHistoryRequest], checked on construction. */
public fun futuresInterestHistoryRequest(
    productType: ProductType,
    coin: String? = null,
    idLessThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesInterestHistoryRequest = FuturesInterestHistoryRequest(productType, coin, idLessThan, startTime, endTime, limit, extraParams)

/** Builds a [FuturesOpenCountRequest], checked on construction. */
public fun futuresOpenCountRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    openAmount: BigDecimal,
    openPrice: BigDecimal,
    leverage: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesOpenCountRequest = FuturesOpenCountRequest(symbol, productType, marginCoin, openAmount, openPrice, leverage, extraParams)

/** Builds a [FuturesSetAutoMarginRequest], checked on construction. */
public fun futuresSetAutoMarginRequest(
    symbol: String,
    autoMargin: FuturesAutoMargin,
    marginCoin: String,
    amount: BigDecimal? = null,
    holdSide: FuturesHoldSide? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesSetAutoMarginRequest = FuturesSetAutoMarginRequest(symbol, autoMargin, marginCoin, amount, holdSide, extraParams)

/** Builds a [FuturesSetLeverageRequest], checked on construction. */
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

/** Builds a [FuturesSetMarginRequest], checked on construction. */
public fun futuresSetMarginRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    holdSide: FuturesHoldSide,
    amount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesSetMarginRequest = FuturesSetMarginRequest(symbol, productType, marginCoin, holdSide, amount, extraParams)

/** Builds a [FuturesSetAssetModeRequest], checked on construction. */
public fun futuresSetAssetModeRequest(
    productType: ProductType,
    assetMode: FuturesAssetMode,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesSetAssetModeRequest = FuturesSetAssetModeRequest(productType, assetMode, extraParams)

/** Builds a [FuturesSetMarginModeRequest], checked on construction: refused while the symbol has a position or an order. */
public fun futuresSetMarginModeRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    marginMode: MarginMode,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesSetMarginModeRequest = FuturesSetMarginModeRequest(symbol, productType, marginCoin, marginMode, extraParams)

/** Builds a [FuturesSetPositionModeRequest], checked on construction: refused while the product type has a position or an order. */
public fun futuresSetPositionModeRequest(
    productType: ProductType,
    posMode: FuturesPosMode,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesSetPositionModeRequest = FuturesSetPositionModeRequest(productType, posMode, extraParams)

/** Builds a [FuturesBillsRequest], checked on construction. */
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

/** Builds a [FuturesUnionTransferLimitsRequest], checked on construction. */
public fun futuresUnionTransferLimitsRequest(
    coin: String,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesUnionTransferLimitsRequest = FuturesUnionTransferLimitsRequest(coin, extraParams)

/** Builds a [FuturesUnionConvertRequest], checked on construction. */
public fun futuresUnionConvertRequest(
    coin: String,
    amount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesUnionConvertRequest = FuturesUnionConvertRequest(coin, amount, extraParams)

/** Builds a [FuturesMaxOpenRequest], checked on construction. */
public fun futuresMaxOpenRequest(
    symbol: String,
    productType: ProductType,
    marginCoin: String,
    posSide: FuturesHoldSide,
    orderType: OrderType,
    openPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): FuturesMaxOpenRequest = FuturesMaxOpenRequest(symbol, productType, marginCoin, posSide, orderType, openPrice, extraParams)

/** Builds a [FuturesLiquidationPriceRequest], checked on construction. */
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
