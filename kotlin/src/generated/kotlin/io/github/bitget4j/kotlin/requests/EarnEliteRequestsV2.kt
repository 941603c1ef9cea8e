// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("EarnEliteRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.earn.EarnEliteAccount
import io.github.bitget4j.model.v2.earn.EarnEliteOrderRequest
import io.github.bitget4j.model.v2.earn.EarnEliteProductRequest
import io.github.bitget4j.model.v2.earn.EarnEliteRecordType
import io.github.bitget4j.model.v2.earn.EarnEliteRecordsRequest
import io.github.bitget4j.model.v2.earn.EarnEliteRedeemRequest
import io.github.bitget4j.model.v2.earn.EarnEliteRedeemType
import io.github.bitget4j.model.v2.earn.EarnEliteSubscribeRequest
import io.github.bitget4j.model.v2.earn.EarnYesNo
import java.math.BigDecimal
import java.time.Instant

/** Builds a [EarnEliteRecordsRequest], checked on construction. */
public fun earnEliteRecordsRequest(
    type: EarnEliteRecordType,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnEliteRecordsRequest = EarnEliteRecordsRequest(type, startTime, endTime, limit, cursor, extraParams)

/** Builds a [EarnEliteProductRequest], checked on construction. */
public fun earnEliteProductRequest(
    productId: String,
    extraParams: Map<String, Any> = emptyMap(),
): EarnEliteProductRequest = EarnEliteProductRequest(productId, extraParams)

/** Builds a [EarnEliteSubscribeRequest], checked on construction. */
public fun earnEliteSubscribeRequest(
    productSubId: String,
    amount: BigDecimal,
    coin: String? = null,
    paymentAccount: EarnEliteAccount? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnEliteSubscribeRequest = EarnEliteSubscribeRequest(productSubId, amount, coin, paymentAccount, extraParams)

/** Builds a [EarnEliteOrderRequest], checked on construction. */
public fun earnEliteOrderRequest(
    orderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): EarnEliteOrderRequest = EarnEliteOrderRequest(orderId, extraParams)

/** Builds a [EarnEliteRedeemRequest], checked on construction. */
public fun earnEliteRedeemRequest(
    productId: String,
    productSubId: String,
    redeemType: EarnEliteRedeemType,
    amount: BigDecimal,
    receiveAccount: EarnEliteAccount,
    advancedSettle: EarnYesNo? = null,
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnEliteRedeemRequest = EarnEliteRedeemRequest(productId, productSubId, redeemType, amount, receiveAccount, advancedSettle, coin, extraParams)
