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

/**
 * Builds a [UtaAccountModeRequest], checked on construction: A new trading mode.
 *
 * @param mode the mode to switch to (required, sent as `mode`)
 * @param deltaSwitch advanced mode only: turns delta-neutral on or off (optional, sent as `deltaSwitch`)
 * @param targetUid a sub-account's uid, when the main account switches it; unset for this account (optional, sent as `targetUid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaAccountModeRequest(
    mode: UtaAccountLevel,
    deltaSwitch: UtaYesNo? = null,
    targetUid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaAccountModeRequest = UtaAccountModeRequest(mode, deltaSwitch, targetUid, extraParams)

/**
 * Builds a [UtaSetLeverageRequest], checked on construction: A leverage change.
 *
 * @param category MARGIN or a futures line (required, sent as `category`)
 * @param leverage the new leverage (required, greater than 0, sent as `leverage`)
 * @param symbol futures: the symbol, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param coin margin: the coin, e.g. BTC (optional, sent as `coin`)
 * @param posSide isolated margin: the side the leverage applies to (optional, sent as `posSide`)
 * @param marginMode futures: crossed (Bitget's default) or isolated (optional, sent as `marginMode`)
 * @param longLeverage isolated hedge mode: long side; wins over leverage (optional, greater than 0, sent as `longLeverage`)
 * @param shortLeverage isolated hedge mode: short side; wins over leverage (optional, greater than 0, sent as `shortLeverage`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaHoldModeRequest], checked on construction: A new position mode.
 *
 * @param holdMode hold mode, one of `one_way_mode`, `hedge_mode` (required, sent as `holdMode`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaHoldModeRequest(
    holdMode: UtaHoldMode,
    extraParams: Map<String, Any> = emptyMap(),
): UtaHoldModeRequest = UtaHoldModeRequest(holdMode, extraParams)

/**
 * Builds a [UtaSetCollateralRequest], checked on construction: A new collateral setting.
 *
 * @param collateralType collateral type, one of `mainstream`, `all`, `custom` (required, sent as `collateralType`)
 * @param collateralCoins custom only: the coins, comma-separated, e.g. BTC,ETH (optional, sent as `collateralCoins`)
 * @param allowCashplus whether Cash+ counts as collateral (optional, sent as `allowCashplus`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaSetCollateralRequest(
    collateralType: UtaCollateralType,
    collateralCoins: String? = null,
    allowCashplus: UtaYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSetCollateralRequest = UtaSetCollateralRequest(collateralType, collateralCoins, allowCashplus, extraParams)

/**
 * Builds a [UtaCollateralCoinRequest], checked on construction: Filter of the custom collateral coin list.
 *
 * @param collateralCoin one coin; unset for all (optional, sent as `collateralCoin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCollateralCoinRequest(
    collateralCoin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCollateralCoinRequest = UtaCollateralCoinRequest(collateralCoin, extraParams)

/**
 * Builds a [UtaPreSetLeverageRequest], checked on construction: A leverage change to preview.
 *
 * @param category MARGIN or a futures line (required, sent as `category`)
 * @param marginMode crossed or isolated (required, sent as `marginMode`)
 * @param symbol futures: the symbol (optional, sent as `symbol`)
 * @param coin margin: the coin (optional, sent as `coin`)
 * @param leverage the leverage (cross, one-way isolated, or both hedge sides alike) (optional, greater than 0, sent as `leverage`)
 * @param longLeverage isolated hedge mode: long side; wins over leverage (optional, greater than 0, sent as `longLeverage`)
 * @param shortLeverage isolated hedge mode: short side; wins over leverage (optional, greater than 0, sent as `shortLeverage`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaSetMarginRequest], checked on construction: A margin adjustment of an isolated position.
 *
 * @param category a futures line (required, sent as `category`)
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param posSide the position (required, sent as `posSide`)
 * @param operation add or remove (required, sent as `operation`)
 * @param amount in the margin coin (required, greater than 0, sent as `amount`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaSetMarginRequest(
    category: Category,
    symbol: String,
    posSide: PositionSide,
    operation: UtaMarginOperation,
    amount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSetMarginRequest = UtaSetMarginRequest(category, symbol, posSide, operation, amount, extraParams)

/**
 * Builds a [UtaFeeRateRequest], checked on construction: Names one symbol of a product line.
 *
 * @param category product category, one of `SPOT`, `MARGIN`, `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `category`)
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaFeeRateRequest(
    category: Category,
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaFeeRateRequest = UtaFeeRateRequest(category, symbol, extraParams)

/**
 * Builds a [UtaAllFeeRatesRequest], checked on construction: A product line, optionally narrowed to one symbol.
 *
 * @param category product category, one of `SPOT`, `MARGIN`, `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `category`)
 * @param symbol one symbol; unset for all (optional, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaAllFeeRatesRequest(
    category: Category,
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaAllFeeRatesRequest = UtaAllFeeRatesRequest(category, symbol, extraParams)

/**
 * Builds a [UtaOpenInterestLimitRequest], checked on construction: Names one futures symbol.
 *
 * @param category a futures line (required, sent as `category`)
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaOpenInterestLimitRequest(
    category: Category,
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaOpenInterestLimitRequest = UtaOpenInterestLimitRequest(category, symbol, extraParams)

/**
 * Builds a [UtaSymbolFilterRequest], checked on construction: Optional filter by one symbol.
 *
 * @param symbol e.g. BTCUSDT; unset for all (optional, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaSymbolFilterRequest(
    symbol: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSymbolFilterRequest = UtaSymbolFilterRequest(symbol, extraParams)

/**
 * Builds a [UtaCoinFilterRequest], checked on construction: Optional filter by one coin.
 *
 * @param coin e.g. BTC; unset for all (optional, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCoinFilterRequest(
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCoinFilterRequest = UtaCoinFilterRequest(coin, extraParams)

/**
 * Builds a [UtaMaxOpenRequest], checked on construction: The order to size.
 *
 * @param category product category, one of `SPOT`, `MARGIN`, `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `category`)
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param orderType limit or market (required, sent as `orderType`)
 * @param side buy or sell (required, sent as `side`)
 * @param price limit price; required for a limit order (optional, greater than 0, sent as `price`)
 * @param size quantity in the base coin (optional, greater than 0, sent as `size`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaMaxOpenRequest(
    category: Category,
    symbol: String,
    orderType: OrderType,
    side: Side,
    price: BigDecimal? = null,
    size: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaMaxOpenRequest = UtaMaxOpenRequest(category, symbol, orderType, side, price, size, extraParams)

/**
 * Builds a [UtaFinancialRecordsRequest], checked on construction: Filters of the unified account ledger.
 *
 * @param category the product line (required, sent as `category`)
 * @param coin e.g. BTC (optional, sent as `coin`)
 * @param type e.g. TRANSFER_IN, TRANSFER_OUT; see Bitget's list (optional, sent as `type`)
 * @param startTime earliest entry; at most 90 days back (optional, sent as `startTime`)
 * @param endTime latest entry; at most 30 days after startTime (optional, sent as `endTime`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaConvertRecordsRequest], checked on construction: Filters of the conversion history.
 *
 * @param fromCoin the coin converted from (required, sent as `fromCoin`)
 * @param toCoin the coin converted into (required, sent as `toCoin`)
 * @param startTime at most 90 days back (optional, sent as `startTime`)
 * @param endTime at most 30 days after startTime (optional, sent as `endTime`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaConvertRecordsRequest(
    fromCoin: String,
    toCoin: String,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaConvertRecordsRequest = UtaConvertRecordsRequest(fromCoin, toCoin, startTime, endTime, limit, cursor, extraParams)

/**
 * Builds a [UtaRepayRequest], checked on construction: Which debts to repay and what to pay with.
 *
 * @param repayableCoinList the debt coins, e.g. [BTC] (required, not empty, sent as `repayableCoinList`)
 * @param paymentCoinList the coins to pay with, e.g. [USDT] (required, not empty, sent as `paymentCoinList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaRepayRequest(
    repayableCoinList: List<String>,
    paymentCoinList: List<String>,
    extraParams: Map<String, Any> = emptyMap(),
): UtaRepayRequest = UtaRepayRequest(repayableCoinList, paymentCoinList, extraParams)

/**
 * Builds a [UtaDeductRequest], checked on construction: The BGB fee deduction setting.
 *
 * @param deduct deduct, one of `on`, `off` (required, sent as `deduct`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaDeductRequest(
    deduct: UtaSwitch,
    extraParams: Map<String, Any> = emptyMap(),
): UtaDeductRequest = UtaDeductRequest(deduct, extraParams)

/**
 * Builds a [UtaSubAssetsRequest], checked on construction: Filter and paging of sub-account balances; all optional.
 *
 * @param subUid one sub-account; unset for all (optional, sent as `subUid`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param limit sub-accounts per page (Bitget's default 10) (optional, greater than 0, at most 50, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaSubAssetsRequest(
    subUid: String? = null,
    cursor: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSubAssetsRequest = UtaSubAssetsRequest(subUid, cursor, limit, extraParams)

/**
 * Builds a [UtaMovePositionItem], checked on construction: One position to move.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param side the side traded by the source account (required, sent as `side`)
 * @param qty quantity in the base coin (required, greater than 0, sent as `qty`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaMovePositionItem(
    symbol: String,
    side: Side,
    qty: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): UtaMovePositionItem = UtaMovePositionItem(symbol, side, qty, extraParams)

/**
 * Builds a [UtaMovePositionsRequest], checked on construction: Positions to move, at most 10, between two accounts of one main account.
 *
 * @param fromUid the source account (required, sent as `fromUid`)
 * @param toUid the target account (required, sent as `toUid`)
 * @param category a futures line (required, sent as `category`)
 * @param positionList position list (a list) (required, not empty, sent as `positionList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaMovePositionsRequest(
    fromUid: String,
    toUid: String,
    category: Category,
    positionList: List<UtaMovePositionItem>,
    extraParams: Map<String, Any> = emptyMap(),
): UtaMovePositionsRequest = UtaMovePositionsRequest(fromUid, toUid, category, positionList, extraParams)

/**
 * Builds a [UtaMovePositionHistoryRequest], checked on construction: Filters of the position move history.
 *
 * @param category a futures line (required, sent as `category`)
 * @param symbol e.g. BTCUSDT (optional, sent as `symbol`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime default the last 30 days; span at most 90 days (optional, sent as `endTime`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaMovePositionHistoryRequest(
    category: Category,
    symbol: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    cursor: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaMovePositionHistoryRequest = UtaMovePositionHistoryRequest(category, symbol, startTime, endTime, cursor, limit, extraParams)

/**
 * Builds a [UtaRealitySymbolRequest], checked on construction: Names one real stock token symbol.
 *
 * @param symbol e.g. rAAPLUSDT (required, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaRealitySymbolRequest(
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaRealitySymbolRequest = UtaRealitySymbolRequest(symbol, extraParams)

/**
 * Builds a [UtaRealityFillsRequest], checked on construction: Names one real stock token symbol.
 *
 * @param symbol e.g. rAAPLUSDT (required, sent as `symbol`)
 * @param limit at most this many trades (optional, greater than 0, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaRealityFillsRequest(
    symbol: String,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaRealityFillsRequest = UtaRealityFillsRequest(symbol, limit, extraParams)
