// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("P2pRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.Side
import io.github.bitget4j.model.v3.UtaP2pAdIdRequest
import io.github.bitget4j.model.v3.UtaP2pAdListRequest
import io.github.bitget4j.model.v3.UtaP2pAdOperation
import io.github.bitget4j.model.v3.UtaP2pAdStatus
import io.github.bitget4j.model.v3.UtaP2pAllOrdersRequest
import io.github.bitget4j.model.v3.UtaP2pBalanceRequest
import io.github.bitget4j.model.v3.UtaP2pCreateAdRequest
import io.github.bitget4j.model.v3.UtaP2pFeeSimulateRequest
import io.github.bitget4j.model.v3.UtaP2pMarketRequest
import io.github.bitget4j.model.v3.UtaP2pMarketType
import io.github.bitget4j.model.v3.UtaP2pMyAdsRequest
import io.github.bitget4j.model.v3.UtaP2pOperateAdRequest
import io.github.bitget4j.model.v3.UtaP2pOrderIdRequest
import io.github.bitget4j.model.v3.UtaP2pOrderStatus
import io.github.bitget4j.model.v3.UtaP2pPairRequest
import io.github.bitget4j.model.v3.UtaP2pPayMethodRef
import io.github.bitget4j.model.v3.UtaP2pPendingOrdersRequest
import io.github.bitget4j.model.v3.UtaP2pPriceType
import io.github.bitget4j.model.v3.UtaP2pUpdateAdRequest
import java.math.BigDecimal

/**
 * Builds a [UtaP2pPayMethodRef], checked on construction: A payment method an ad accepts.
 *
 * @param payMethodId the payment method id, from getP2pPayMethods (required, sent as `payMethodId`)
 * @param userPayMethodId your own collection account of that method; required on a sell ad (optional, sent as `userPayMethodId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaP2pPayMethodRef(
    payMethodId: String,
    userPayMethodId: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaP2pPayMethodRef = UtaP2pPayMethodRef(payMethodId, userPayMethodId, extraParams)

/**
 * Builds a [UtaP2pOrderIdRequest], checked on construction: Names one P2P order.
 *
 * @param orderId the order id (required, sent as `orderId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaP2pOrderIdRequest(
    orderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaP2pOrderIdRequest = UtaP2pOrderIdRequest(orderId, extraParams)

/**
 * Builds a [UtaP2pPendingOrdersRequest], checked on construction: Filters of the open P2P orders; all optional.
 *
 * @param orderId one order (optional, sent as `orderId`)
 * @param side buy or sell (optional, sent as `side`)
 * @param startTime earliest creation, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest creation, Unix milliseconds (optional, sent as `endTime`)
 * @param cursor paging: the nextId of the previous page (optional, sent as `cursor`)
 * @param limit page size (optional, greater than 0, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaP2pPendingOrdersRequest(
    orderId: String? = null,
    side: Side? = null,
    startTime: Long? = null,
    endTime: Long? = null,
    cursor: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaP2pPendingOrdersRequest = UtaP2pPendingOrdersRequest(orderId, side, startTime, endTime, cursor, limit, extraParams)

/**
 * Builds a [UtaP2pAllOrdersRequest], checked on construction: Filters of the P2P order history; all optional.
 *
 * @param startTime earliest creation, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest creation, Unix milliseconds (optional, sent as `endTime`)
 * @param limit page size (optional, greater than 0, sent as `limit`)
 * @param cursor paging: the nextId of the previous page (optional, sent as `cursor`)
 * @param orderId one order (optional, sent as `orderId`)
 * @param side buy or sell (optional, sent as `side`)
 * @param status the order state (optional, sent as `status`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaP2pAllOrdersRequest(
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    cursor: String? = null,
    orderId: String? = null,
    side: Side? = null,
    status: UtaP2pOrderStatus? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaP2pAllOrdersRequest = UtaP2pAllOrdersRequest(startTime, endTime, limit, cursor, orderId, side, status, extraParams)

/**
 * Builds a [UtaP2pCreateAdRequest], checked on construction: A new P2P ad.
 *
 * @param token the coin, e.g. USDT (required, sent as `token`)
 * @param fiat the fiat currency, e.g. EUR (required, sent as `fiat`)
 * @param side buy or sell (required, sent as `side`)
 * @param priceType fixed or floating (required, sent as `priceType`)
 * @param price unit price; required when priceType is fixed (optional, greater than 0, sent as `price`)
 * @param premium premium rate; required when priceType is floating (optional, sent as `premium`)
 * @param minAmount smallest order, in the fiat (required, greater than 0, sent as `minAmount`)
 * @param maxAmount largest order, in the fiat (required, greater than 0, sent as `maxAmount`)
 * @param quantity total coin quantity offered (required, greater than 0, sent as `quantity`)
 * @param payMethodIds accepted payment methods (required, not empty, sent as `payMethodIds`)
 * @param remark remarks shown with the ad (optional, sent as `remark`)
 * @param tradeTerms trading terms (optional, sent as `tradeTerms`)
 * @param payTimeLimit minutes the buyer has to pay (see getP2pCurrencies for allowed values) (required, greater than 0, sent as `payTimeLimit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaP2pCreateAdRequest(
    token: String,
    fiat: String,
    side: Side,
    priceType: UtaP2pPriceType,
    price: BigDecimal? = null,
    premium: BigDecimal? = null,
    minAmount: BigDecimal,
    maxAmount: BigDecimal,
    quantity: BigDecimal,
    payMethodIds: List<UtaP2pPayMethodRef>,
    remark: String? = null,
    tradeTerms: String? = null,
    payTimeLimit: Int,
    extraParams: Map<String, Any> = emptyMap(),
): UtaP2pCreateAdRequest = UtaP2pCreateAdRequest(token, fiat, side, priceType, price, premium, minAmount, maxAmount, quantity, payMethodIds, remark, tradeTerms, payTimeLimit, extraParams)

/**
 * Builds a [UtaP2pUpdateAdRequest], checked on construction: Changes one P2P ad.
 *
 * @param advId the ad id (required, sent as `advId`)
 * @param priceType fixed or floating (optional, sent as `priceType`)
 * @param price unit price; required when priceType is fixed (optional, greater than 0, sent as `price`)
 * @param premium premium rate; required when priceType is floating (optional, sent as `premium`)
 * @param minAmount smallest order, in the fiat (optional, greater than 0, sent as `minAmount`)
 * @param maxAmount largest order, in the fiat (optional, greater than 0, sent as `maxAmount`)
 * @param quantity total coin quantity offered (optional, greater than 0, sent as `quantity`)
 * @param payMethodIds accepted payment methods (optional, sent as `payMethodIds`)
 * @param payTimeLimit minutes the buyer has to pay (Bitget's table marks it required) (optional, greater than 0, sent as `payTimeLimit`)
 * @param remark remarks shown with the ad (optional, sent as `remark`)
 * @param tradeTerms trading terms (optional, sent as `tradeTerms`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaP2pUpdateAdRequest(
    advId: String,
    priceType: UtaP2pPriceType? = null,
    price: BigDecimal? = null,
    premium: BigDecimal? = null,
    minAmount: BigDecimal? = null,
    maxAmount: BigDecimal? = null,
    quantity: BigDecimal? = null,
    payMethodIds: List<UtaP2pPayMethodRef>? = null,
    payTimeLimit: Int? = null,
    remark: String? = null,
    tradeTerms: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaP2pUpdateAdRequest = UtaP2pUpdateAdRequest(advId, priceType, price, premium, minAmount, maxAmount, quantity, payMethodIds, payTimeLimit, remark, tradeTerms, extraParams)

/**
 * Builds a [UtaP2pOperateAdRequest], checked on construction: An action on one P2P ad.
 *
 * @param advId the ad id (required, sent as `advId`)
 * @param operation publish, delist or remove (required, sent as `operation`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaP2pOperateAdRequest(
    advId: String,
    operation: UtaP2pAdOperation,
    extraParams: Map<String, Any> = emptyMap(),
): UtaP2pOperateAdRequest = UtaP2pOperateAdRequest(advId, operation, extraParams)

/**
 * Builds a [UtaP2pAdIdRequest], checked on construction: Names one P2P ad.
 *
 * @param advId the ad id (required, sent as `advId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaP2pAdIdRequest(
    advId: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaP2pAdIdRequest = UtaP2pAdIdRequest(advId, extraParams)

/**
 * Builds a [UtaP2pMyAdsRequest], checked on construction: Filters of your P2P ads; all optional.
 *
 * @param startTime earliest creation, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest creation, Unix milliseconds (optional, sent as `endTime`)
 * @param limit page size (optional, greater than 0, sent as `limit`)
 * @param cursor paging: the nextId of the previous page (optional, sent as `cursor`)
 * @param advId one ad (optional, sent as `advId`)
 * @param token the coin (optional, sent as `token`)
 * @param fiat the fiat currency (optional, sent as `fiat`)
 * @param status the ad state (optional, sent as `status`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaP2pMyAdsRequest(
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    cursor: String? = null,
    advId: String? = null,
    token: String? = null,
    fiat: String? = null,
    status: UtaP2pAdStatus? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaP2pMyAdsRequest = UtaP2pMyAdsRequest(startTime, endTime, limit, cursor, advId, token, fiat, status, extraParams)

/**
 * Builds a [UtaP2pAdListRequest], checked on construction: Filters of the public ad list.
 *
 * @param token the coin, e.g. USDT (required, sent as `token`)
 * @param fiat the fiat currency, e.g. EUR (required, sent as `fiat`)
 * @param side buy or sell (required, sent as `side`)
 * @param amount only ads that accept this fiat amount (optional, greater than 0, sent as `amount`)
 * @param pageNum page number, from 1 (required, greater than 0, sent as `pageNum`)
 * @param limit page size (required, greater than 0, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaP2pAdListRequest(
    token: String,
    fiat: String,
    side: Side,
    amount: BigDecimal? = null,
    pageNum: Int,
    limit: Int,
    extraParams: Map<String, Any> = emptyMap(),
): UtaP2pAdListRequest = UtaP2pAdListRequest(token, fiat, side, amount, pageNum, limit, extraParams)

/**
 * Builds a [UtaP2pMarketRequest], checked on construction: Names a coin, a fiat and a side.
 *
 * @param token the coin, e.g. USDT (required, sent as `token`)
 * @param fiat the fiat currency, e.g. EUR (required, sent as `fiat`)
 * @param side buy or sell (required, sent as `side`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaP2pMarketRequest(
    token: String,
    fiat: String,
    side: Side,
    extraParams: Map<String, Any> = emptyMap(),
): UtaP2pMarketRequest = UtaP2pMarketRequest(token, fiat, side, extraParams)

/**
 * Builds a [UtaP2pFeeSimulateRequest], checked on construction: A P2P trade to price.
 *
 * @param token the coin, e.g. USDT (required, sent as `token`)
 * @param fiat the fiat currency (required, sent as `fiat`)
 * @param side buy or sell (required, sent as `side`)
 * @param marketType public or private market (required, sent as `marketType`)
 * @param amount the amount traded (required, greater than 0, sent as `amount`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaP2pFeeSimulateRequest(
    token: String,
    fiat: String,
    side: Side,
    marketType: UtaP2pMarketType,
    amount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): UtaP2pFeeSimulateRequest = UtaP2pFeeSimulateRequest(token, fiat, side, marketType, amount, extraParams)

/**
 * Builds a [UtaP2pPairRequest], checked on construction: Names a coin and a fiat.
 *
 * @param token the coin, e.g. USDT (required, sent as `token`)
 * @param fiat the fiat currency, e.g. EUR (required, sent as `fiat`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaP2pPairRequest(
    token: String,
    fiat: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaP2pPairRequest = UtaP2pPairRequest(token, fiat, extraParams)

/**
 * Builds a [UtaP2pBalanceRequest], checked on construction: Names the coin.
 *
 * @param token the coin, e.g. USDT (required, sent as `token`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaP2pBalanceRequest(
    token: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaP2pBalanceRequest = UtaP2pBalanceRequest(token, extraParams)
