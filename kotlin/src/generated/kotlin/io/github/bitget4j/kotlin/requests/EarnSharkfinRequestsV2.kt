// Generated from codegen/model/v2/earn-sharkfin.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("EarnSharkfinRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.earn.EarnSharkfinAssetStatus
import io.github.bitget4j.model.v2.earn.EarnSharkfinAssetsRequest
import io.github.bitget4j.model.v2.earn.EarnSharkfinOrderRequest
import io.github.bitget4j.model.v2.earn.EarnSharkfinProductRequest
import io.github.bitget4j.model.v2.earn.EarnSharkfinProductsRequest
import io.github.bitget4j.model.v2.earn.EarnSharkfinRecordType
import io.github.bitget4j.model.v2.earn.EarnSharkfinRecordsRequest
import io.github.bitget4j.model.v2.earn.EarnSharkfinSubscribeRequest
import java.math.BigDecimal
import java.time.Instant

/**
 * Builds a [EarnSharkfinProductsRequest], checked on construction.
 *
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param limit default 20 (optional, greater than 0, at most 100, sent as `limit`)
 * @param idLessThan endId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnSharkfinProductsRequest(
    coin: String,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSharkfinProductsRequest = EarnSharkfinProductsRequest(coin, limit, idLessThan, extraParams)

/**
 * Builds a [EarnSharkfinAssetsRequest], checked on construction.
 *
 * @param status status, one of `subscribed`, `settled` (required, sent as `status`)
 * @param startTime span at most three months (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 20 (optional, greater than 0, at most 100, sent as `limit`)
 * @param idLessThan endId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnSharkfinAssetsRequest(
    status: EarnSharkfinAssetStatus,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSharkfinAssetsRequest = EarnSharkfinAssetsRequest(status, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [EarnSharkfinRecordsRequest], checked on construction.
 *
 * @param coin coin, e.g. USDT (optional, sent as `coin`)
 * @param type type, one of `subscription`, `redemption`, `interest` (required, sent as `type`)
 * @param startTime span at most three months (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 20 (optional, greater than 0, at most 100, sent as `limit`)
 * @param idLessThan endId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnSharkfinRecordsRequest(
    coin: String? = null,
    type: EarnSharkfinRecordType,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSharkfinRecordsRequest = EarnSharkfinRecordsRequest(coin, type, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [EarnSharkfinProductRequest], checked on construction.
 *
 * @param productId product id (required, sent as `productId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnSharkfinProductRequest(
    productId: String,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSharkfinProductRequest = EarnSharkfinProductRequest(productId, extraParams)

/**
 * Builds a [EarnSharkfinSubscribeRequest], checked on construction.
 *
 * @param productId product id (required, sent as `productId`)
 * @param amount in the subscribe coin (required, greater than 0, sent as `amount`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnSharkfinSubscribeRequest(
    productId: String,
    amount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSharkfinSubscribeRequest = EarnSharkfinSubscribeRequest(productId, amount, extraParams)

/**
 * Builds a [EarnSharkfinOrderRequest], checked on construction.
 *
 * @param orderId order id returned by the subscription (required, sent as `orderId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnSharkfinOrderRequest(
    orderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSharkfinOrderRequest = EarnSharkfinOrderRequest(orderId, extraParams)
