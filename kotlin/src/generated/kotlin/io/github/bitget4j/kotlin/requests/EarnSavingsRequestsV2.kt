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

/** Builds a [EarnSavingsProductsRequest], checked on construction. */
public fun earnSavingsProductsRequest(
    coin: String? = null,
    filter: EarnSavingsFilter? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsProductsRequest = EarnSavingsProductsRequest(coin, filter, extraParams)

/** Builds a [EarnSavingsAssetsRequest], checked on construction. */
public fun earnSavingsAssetsRequest(
    periodType: EarnPeriodType,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsAssetsRequest = EarnSavingsAssetsRequest(periodType, startTime, endTime, limit, idLessThan, extraParams)

/** Builds a [EarnSavingsRecordsRequest], checked on construction. */
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

/** Builds a [EarnSavingsProductRequest], checked on construction. */
public fun earnSavingsProductRequest(
    productId: String,
    periodType: EarnPeriodType,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsProductRequest = EarnSavingsProductRequest(productId, periodType, extraParams)

/** Builds a [EarnSavingsSubscribeRequest], checked on construction. */
public fun earnSavingsSubscribeRequest(
    productId: String,
    periodType: EarnPeriodType,
    amount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsSubscribeRequest = EarnSavingsSubscribeRequest(productId, periodType, amount, extraParams)

/** Builds a [EarnSavingsSubscribeResultRequest], checked on construction: Bitget's table names productId, its example orderId: send one. */
public fun earnSavingsSubscribeResultRequest(
    orderId: String? = null,
    productId: String? = null,
    periodType: EarnPeriodType,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsSubscribeResultRequest = EarnSavingsSubscribeResultRequest(orderId, productId, periodType, extraParams)

/** Builds a [EarnSavingsRedeemRequest], checked on construction. */
public fun earnSavingsRedeemRequest(
    productId: String,
    orderId: String? = null,
    periodType: EarnPeriodType,
    amount: BigDecimal,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsRedeemRequest = EarnSavingsRedeemRequest(productId, orderId, periodType, amount, extraParams)

/** Builds a [EarnSavingsRedeemResultRequest], checked on construction. */
public fun earnSavingsRedeemResultRequest(
    orderId: String,
    periodType: EarnPeriodType,
    extraParams: Map<String, Any> = emptyMap(),
): EarnSavingsRedeemResultRequest = EarnSavingsRedeemResultRequest(orderId, periodType, extraParams)
