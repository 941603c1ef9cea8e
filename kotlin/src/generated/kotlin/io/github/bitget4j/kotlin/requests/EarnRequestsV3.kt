// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("EarnRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.UtaEarnAccount
import io.github.bitget4j.model.v3.UtaEarnAdvancedSettle
import io.github.bitget4j.model.v3.UtaEarnProductRequest
import io.github.bitget4j.model.v3.UtaEarnRecordType
import io.github.bitget4j.model.v3.UtaEarnRecordsRequest
import io.github.bitget4j.model.v3.UtaEarnRedeemRequest
import io.github.bitget4j.model.v3.UtaEarnRedeemType
import io.github.bitget4j.model.v3.UtaEarnSubscribeRequest
import io.github.bitget4j.model.v3.UtaEarnSubscribeResultRequest
import java.math.BigDecimal

/** Builds a [UtaEarnSubscribeRequest], checked on construction: One Elite subscription. */
public fun utaEarnSubscribeRequest(
    productSubId: String,
    amount: BigDecimal,
    coin: String? = null,
    paymentAccount: UtaEarnAccount? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaEarnSubscribeRequest = UtaEarnSubscribeRequest(productSubId, amount, coin, paymentAccount, extraParams)

/** Builds a [UtaEarnSubscribeResultRequest], checked on construction: Names an Elite subscription. */
public fun utaEarnSubscribeResultRequest(
    orderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaEarnSubscribeResultRequest = UtaEarnSubscribeResultRequest(orderId, extraParams)

/** Builds a [UtaEarnRedeemRequest], checked on construction: One Elite redemption. */
public fun utaEarnRedeemRequest(
    productId: String,
    productSubId: String,
    redeemType: UtaEarnRedeemType,
    amount: BigDecimal,
    receiveAccount: UtaEarnAccount,
    advancedSettle: UtaEarnAdvancedSettle? = null,
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaEarnRedeemRequest = UtaEarnRedeemRequest(productId, productSubId, redeemType, amount, receiveAccount, advancedSettle, coin, extraParams)

/** Builds a [UtaEarnRecordsRequest], checked on construction: Filters of the Elite history. */
public fun utaEarnRecordsRequest(
    type: UtaEarnRecordType,
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaEarnRecordsRequest = UtaEarnRecordsRequest(type, startTime, endTime, limit, cursor, extraParams)

/** Builds a [UtaEarnProductRequest], checked on construction: Names an Elite product. */
public fun utaEarnProductRequest(
    productId: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaEarnProductRequest = UtaEarnProductRequest(productId, extraParams)
