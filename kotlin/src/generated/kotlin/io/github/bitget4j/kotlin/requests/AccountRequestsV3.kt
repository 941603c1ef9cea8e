// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("AccountRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.OrderType
import io.github.bitget4j.model.Side
import io.github.bitget4j.model.v3.Category
import io.github.bitget4j.model.v3.MarginMode
import io.github.bitget4j.model.v3.PositionSide
import io.github.bitget4j.model.v3.UtaAccountLevel
import io.github.bitget4j.model.v3.UtaAccountModeRequest
import io.github.bitget4j.model.v3.UtaAllFeeRatesRequest
import io.github.bitget4j.model.v3.UtaBizType
import io.github.bitget4j.model.v3.UtaCoinFilterRequest
import io.github.bitget4j.model.v3.UtaCollateralCoinRequest
import io.github.bitget4j.model.v3.UtaCollateralType
import io.github.bitget4j.model.v3.UtaConvertRecordsRequest
import io.github.bitget4j.model.v3.UtaDeductRequest
import io.github.bitget4j.model.v3.UtaFeeRateRequest
import io.github.bitget4j.model.v3.UtaFinancialRecordsRequest
import io.github.bitget4j.model.v3.UtaHoldMode
import io.github.bitget4j.model.v3.UtaHoldModeRequest
import io.github.bitget4j.model.v3.UtaMarginOperation
import io.github.bitget4j.model.v3.UtaMaxOpenRequest
import io.github.bitget4j.model.v3.UtaMovePositionHistoryRequest
import io.github.bitget4j.model.v3.UtaMovePositionItem
import io.github.bitget4j.model.v3.UtaMovePositionsRequest
import io.github.bitget4j.model.v3.UtaOpenInterestLimitRequest
import io.github.bitget4j.model.v3.UtaPreSetLeverageRequest
import io.github.bitget4j.model.v3.UtaRealityFillsRequest
import io.github.bitget4j.model.v3.UtaRealitySymbolRequest
import io.github.bitget4j.model.v3.UtaRepayRequest
import io.github.bitget4j.model.v3.UtaSetCollateralRequest
import io.github.bitget4j.model.v3.UtaSetLeverageRequest
import io.github.bitget4j.model.v3.UtaSetMarginRequest
import io.github.bitget4j.model.v3.UtaSubAssetsRequest
import io.github.bitget4j.model.v3.UtaSwitch
import io.github.bitget4j.model.v3.UtaSymbolFilterRequest
import io.github.bitget4j.model.v3.UtaYesNo
import java.math.BigDecimal
import java.time.Instant

/** Builds a [UtaAccountModeRequest], checked on construction: A new trading mode. */
public fun utaAccountModeRequest(
    mode: UtaAccountLevel,
    deltaSwitch: UtaYesNo? = null,
    targetUid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaAccountModeRequest = UtaAccountModeRequest(mode, deltaSwitch, targetUid, extraParams)

/** Builds a [UtaSetLeverageRequest], checked on construction: A leverage change. */
public fun utaSetLeverageRequest(
    category: Category,
    leverage: BigDecimal,
    symbol: String? = null,
    coin: String? = null,
    posSide: PositionSide? = null,
    marginMode: MarginMode? = null,
    longLeverage: BigDecimal? = null,
    shortLeverage: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSetLeverageRequest = UtaSetLeverageRequest(category, leverage, symbol, coin, posSide, marginMode, longLeverage, shortLeverage, extraParams)

/** Builds a [UtaHoldModeRequest], checked on construction: A new position mode. */
public fun utaHoldModeRequest(
    holdMode: UtaHoldMode,
    extraParams: Map<String, Any> = emptyMap(),
): UtaHoldModeRequest = UtaHoldModeRequest(holdMode, extraParams)

/** Builds a [UtaSetCollateralRequest], checked on construction: A new collateral setting. */
public fun utaSetCollateralRequest(
    collateralType: UtaCollateralType,
    collateralCoins: String? = null,
    allowCashplus: UtaYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSetCollateralRequest = UtaSetCollateralRequest(collateralType, collateralCoins, allowCashplus, extraParams)

/** Builds a [UtaCollateralCoinRequest], checked on construction: Filter of the custom collateral coin list. */
public fun utaCollateralCoinRequest(
    collateralCoin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCollateralCoinRequest = UtaCollateralCoinRequest(collateralCoin, extraParams)

/** Builds a [UtaPreSetLeverageRequest], checked on construction: A leverage change to preview. */
public fun utaPreSetLeverageRequest(
    category: Category,
    marginMode: MarginMode,
    symbol: String? = null,
    coin: String? = null,
    leverage: BigDecimal? = null,
    longLeverage: BigDecimal? = null,
    shortLeverage: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaPreSetLeverageRequest = UtaPreSetLeverageRequest(category, marginMode, symbol, coin, leverage, longLeverage, shortLeverage, extraParams)

/** Builds a [UtaSetMarginRequest], checked on construction: A margin adjustment of an isolated position. */
public fun utaSetMarginRequest(
    category: Category,
    symbol: String,
    posSide: PositionSide,
    operation: UtaMarginOperation,
    amount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSetMarginRequest = UtaSetMarginRequest(category, symbol, posSide, operation, amount, extraParams)

/** Builds a [UtaFeeRateRequest], checked on construction: Names one symbol of a product line. */
public fun utaFeeRateRequest(
    category: Category,
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaFeeRateRequest = UtaFeeRateRequest(category, symbol, extraParams)

/** Builds a [UtaAllFeeRatesRequest], checked on construction: A product line, optionally narrowed to one symbol. */
public fun utaAllFeeRatesRequest(
    category: Category,
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaAllFeeRatesRequest = UtaAllFeeRatesRequest(category, symbol, extraParams)

/** Builds a [UtaOpenInterestLimitRequest], checked on construction: Names one futures symbol. */
public fun utaOpenInterestLimitRequest(
    category: Category,
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaOpenInterestLimitRequest = UtaOpenInterestLimitRequest(category, symbol, extraParams)

/** Builds a [UtaSymbolFilterRequest], checked on construction: Optional filter by one symbol. */
public fun utaSymbolFilterRequest(
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSymbolFilterRequest = UtaSymbolFilterRequest(symbol, extraParams)

/** Builds a [UtaCoinFilterRequest], checked on construction: Optional filter by one coin. */
public fun utaCoinFilterRequest(
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCoinFilterRequest = UtaCoinFilterRequest(coin, extraParams)

/** Builds a [UtaMaxOpenRequest], checked on construction: The order to size. */
public fun utaMaxOpenRequest(
    category: Category,
    symbol: String,
    orderType: OrderType,
    side: Side,
    price: BigDecimal? = null,
    size: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaMaxOpenRequest = UtaMaxOpenRequest(category, symbol, orderType, side, price, size, extraParams)

/** Builds a [UtaFinancialRecordsRequest], checked on construction: Filters of the unified account ledger. */
public fun utaFinancialRecordsRequest(
    category: UtaBizType,
    coin: String? = null,
    type: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaFinancialRecordsRequest = UtaFinancialRecordsRequest(category, coin, type, startTime, endTime, limit, cursor, extraParams)

/** Builds a [UtaConvertRecordsRequest], checked on construction: Filters of the conversion history. */
public fun utaConvertRecordsRequest(
    fromCoin: String,
    toCoin: String,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaConvertRecordsRequest = UtaConvertRecordsRequest(fromCoin, toCoin, startTime, endTime, limit, cursor, extraParams)

/** Builds a [UtaRepayRequest], checked on construction: Which debts to repay and what to pay with. */
public fun utaRepayRequest(
    repayableCoinList: List<String>,
    paymentCoinList: List<String>,
    extraParams: Map<String, Any> = emptyMap(),
): UtaRepayRequest = UtaRepayRequest(repayableCoinList, paymentCoinList, extraParams)

/** Builds a [UtaDeductRequest], checked on construction: The BGB fee deduction setting. */
public fun utaDeductRequest(
    deduct: UtaSwitch,
    extraParams: Map<String, Any> = emptyMap(),
): UtaDeductRequest = UtaDeductRequest(deduct, extraParams)

/** Builds a [UtaSubAssetsRequest], checked on construction: Filter and paging of sub-account balances; all optional. */
public fun utaSubAssetsRequest(
    subUid: String? = null,
    cursor: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSubAssetsRequest = UtaSubAssetsRequest(subUid, cursor, limit, extraParams)

/** Builds a [UtaMovePositionItem], checked on construction: One position to move. */
public fun utaMovePositionItem(
    symbol: String,
    side: Side,
    qty: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): UtaMovePositionItem = UtaMovePositionItem(symbol, side, qty, extraParams)

/** Builds a [UtaMovePositionsRequest], checked on construction: Positions to move, at most 10, between two accounts of one main account. */
public fun utaMovePositionsRequest(
    fromUid: String,
    toUid: String,
    category: Category,
    positionList: List<UtaMovePositionItem>,
    extraParams: Map<String, Any> = emptyMap(),
): UtaMovePositionsRequest = UtaMovePositionsRequest(fromUid, toUid, category, positionList, extraParams)

/** Builds a [UtaMovePositionHistoryRequest], checked on construction: Filters of the position move history. */
public fun utaMovePositionHistoryRequest(
    category: Category,
    symbol: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    cursor: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaMovePositionHistoryRequest = UtaMovePositionHistoryRequest(category, symbol, startTime, endTime, cursor, limit, extraParams)

/** Builds a [UtaRealitySymbolRequest], checked on construction: Names one real stock token symbol. */
public fun utaRealitySymbolRequest(
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaRealitySymbolRequest = UtaRealitySymbolRequest(symbol, extraParams)

/** Builds a [UtaRealityFillsRequest], checked on construction: Names one real stock token symbol. */
public fun utaRealityFillsRequest(
    symbol: String,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaRealityFillsRequest = UtaRealityFillsRequest(symbol, limit, extraParams)
