// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("EarnSavingsRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.earn.EarnPeriodType
import io.github.bitget4j.model.v2.earn.EarnSavingsAssetsRequest
import io.github.bitget4j.model.v2.earn.EarnSavingsFilter
import io.github.bitget4j.model.v2.earn.EarnSavingsProductRequest
import io.github.bitget4j.model.v2.earn.EarnSavingsProductsRequest
import io.github.bitget4j.model.v2.earn.EarnSavingsRecordType
import io.github.bitget4j.model.v2.earn.EarnSavingsRecordsRequest
import io.github.bitget4j.model.v2.earn.EarnSavingsRedeemRequest
import io.github.bitget4j.model.v2.earn.EarnSavingsRedeemResultRequest
import io.github.bitget4j.model.v2.earn.EarnSavingsSubscribeRequest
import io.github.bitget4j.model.v2.earn.EarnSavingsSubscribeResultRequest
import java.math.BigDecimal
import java.time.Instant

/**
 * Builds a [EarnSavingsProductsRequest], checked on construction.
 *
 * @param coin e.g. BTC; unset for every coin (optional, sent as `coin`)
 * @param filter Bitget's default: available_and_held (optional, sent as `filter`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnSavingsProductsRequest(
    coin: String? = null,
    filter: EarnSavingsFilter? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsProductsRequest = EarnSavingsProductsRequest(coin, filter, extraParams)

/**
 * Builds a [EarnSavingsAssetsRequest], checked on construction.
 *
 * @param periodType period type, one of `flexible`, `fixed` (required, sent as `periodType`)
 * @param startTime by creation time; span at most three months (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 20 (optional, greater than 0, at most 100, sent as `limit`)
 * @param idLessThan endId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnSavingsAssetsRequest(
    periodType: EarnPeriodType,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsAssetsRequest = EarnSavingsAssetsRequest(periodType, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [EarnSavingsRecordsRequest], checked on construction.
 *
 * @param coin coin, e.g. USDT (optional, sent as `coin`)
 * @param periodType period type, one of `flexible`, `fixed` (required, sent as `periodType`)
 * @param orderType order type, one of `subscribe`, `redeem`, `pay_interest`, `deduction` (optional, sent as `orderType`)
 * @param startTime span at most three months (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 20 (optional, greater than 0, at most 100, sent as `limit`)
 * @param idLessThan endId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnSavingsRecordsRequest(
    coin: String? = null,
    periodType: EarnPeriodType,
    orderType: EarnSavingsRecordType? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsRecordsRequest = EarnSavingsRecordsRequest(coin, periodType, orderType, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [EarnSavingsProductRequest], checked on construction.
 *
 * @param productId product id (required, sent as `productId`)
 * @param periodType period type, one of `flexible`, `fixed` (required, sent as `periodType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnSavingsProductRequest(
    productId: String,
    periodType: EarnPeriodType,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsProductRequest = EarnSavingsProductRequest(productId, periodType, extraParams)

/**
 * Builds a [EarnSavingsSubscribeRequest], checked on construction.
 *
 * @param productId product id (required, sent as `productId`)
 * @param periodType period type, one of `flexible`, `fixed` (required, sent as `periodType`)
 * @param amount in the product coin (required, greater than 0, sent as `amount`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnSavingsSubscribeRequest(
    productId: String,
    periodType: EarnPeriodType,
    amount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsSubscribeRequest = EarnSavingsSubscribeRequest(productId, periodType, amount, extraParams)

/**
 * Builds a [EarnSavingsSubscribeResultRequest], checked on construction: Bitget's table names productId, its example orderId: send one.
 *
 * @param orderId order id returned by the subscription (optional, sent as `orderId`)
 * @param productId product id (optional, sent as `productId`)
 * @param periodType period type, one of `flexible`, `fixed` (required, sent as `periodType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnSavingsSubscribeResultRequest(
    orderId: String? = null,
    productId: String? = null,
    periodType: EarnPeriodType,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsSubscribeResultRequest = EarnSavingsSubscribeResultRequest(orderId, productId, periodType, extraParams)

/**
 * Builds a [EarnSavingsRedeemRequest], checked on construction.
 *
 * @param productId product id (required, sent as `productId`)
 * @param orderId the holding to redeem, for fixed-term products (optional, sent as `orderId`)
 * @param periodType period type, one of `flexible`, `fixed` (required, sent as `periodType`)
 * @param amount amount, decimal (required, greater than 0, sent as `amount`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnSavingsRedeemRequest(
    productId: String,
    orderId: String? = null,
    periodType: EarnPeriodType,
    amount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsRedeemRequest = EarnSavingsRedeemRequest(productId, orderId, periodType, amount, extraParams)

/**
 * Builds a [EarnSavingsRedeemResultRequest], checked on construction.
 *
 * @param orderId order id returned by the redemption (required, sent as `orderId`)
 * @param periodType period type, one of `flexible`, `fixed` (required, sent as `periodType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnSavingsRedeemResultRequest(
    orderId: String,
    periodType: EarnPeriodType,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsRedeemResultRequest = EarnSavingsRedeemResultRequest(orderId, periodType, extraParams)
