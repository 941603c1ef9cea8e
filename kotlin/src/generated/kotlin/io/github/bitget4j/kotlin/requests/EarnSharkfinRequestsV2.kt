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

/** Builds a [EarnSharkfinProductsRequest], checked on construction. */
public fun earnSharkfinProductsRequest(
    coin: String,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSharkfinProductsRequest = EarnSharkfinProductsRequest(coin, limit, idLessThan, extraParams)

/** Builds a [EarnSharkfinAssetsRequest], checked on construction. */
public fun earnSharkfinAssetsRequest(
    status: EarnSharkfinAssetStatus,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSharkfinAssetsRequest = EarnSharkfinAssetsRequest(status, startTime, endTime, limit, idLessThan, extraParams)

/** Builds a [EarnSharkfinRecordsRequest], checked on construction. */
public fun earnSharkfinRecordsRequest(
    coin: String? = null,
    type: EarnSharkfinRecordType,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSharkfinRecordsRequest = EarnSharkfinRecordsRequest(coin, type, startTime, endTime, limit, idLessThan, extraParams)

/** Builds a [EarnSharkfinProductRequest], checked on construction. */
public fun earnSharkfinProductRequest(
    productId: String,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSharkfinProductRequest = EarnSharkfinProductRequest(productId, extraParams)

/** Builds a [EarnSharkfinSubscribeRequest], checked on construction. */
public fun earnSharkfinSubscribeRequest(
    productId: String,
    amount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSharkfinSubscribeRequest = EarnSharkfinSubscribeRequest(productId, amount, extraParams)

/** Builds a [EarnSharkfinOrderRequest], checked on construction. */
public fun earnSharkfinOrderRequest(
    orderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSharkfinOrderRequest = EarnSharkfinOrderRequest(orderId, extraParams)
