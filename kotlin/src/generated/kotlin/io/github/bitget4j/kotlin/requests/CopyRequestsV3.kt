// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("CopyRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.UtaCopyFollowersRequest
import io.github.bitget4j.model.v3.UtaCopyMaxTransferableRequest
import io.github.bitget4j.model.v3.UtaCopyProfitDetailsRequest
import io.github.bitget4j.model.v3.UtaCopyTransferRecordsRequest
import io.github.bitget4j.model.v3.UtaCopyTransferRequest
import io.github.bitget4j.model.v3.UtaCopyTransferType
import java.math.BigDecimal

/** Builds a [UtaCopyTransferRequest], checked on construction: One transfer of the lead account. */
public fun utaCopyTransferRequest(
    type: UtaCopyTransferType,
    coin: String,
    amount: BigDecimal,
    inAccountType: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCopyTransferRequest = UtaCopyTransferRequest(type, coin, amount, inAccountType, extraParams)

/** Builds a [UtaCopyMaxTransferableRequest], checked on construction: Names the coin. */
public fun utaCopyMaxTransferableRequest(
    coin: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCopyMaxTransferableRequest = UtaCopyMaxTransferableRequest(coin, extraParams)

/** Builds a [UtaCopyTransferRecordsRequest], checked on construction: Filters of the lead account transfer history; all optional. */
public fun utaCopyTransferRecordsRequest(
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCopyTransferRecordsRequest = UtaCopyTransferRecordsRequest(startTime, endTime, limit, cursor, extraParams)

/** Builds a [UtaCopyFollowersRequest], checked on construction: Paging of a follower list; all optional. */
public fun utaCopyFollowersRequest(
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCopyFollowersRequest = UtaCopyFollowersRequest(limit, cursor, extraParams)

/** Builds a [UtaCopyProfitDetailsRequest], checked on construction: Filters of the profit sharing details; all optional. */
public fun utaCopyProfitDetailsRequest(
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCopyProfitDetailsRequest = UtaCopyProfitDetailsRequest(startTime, endTime, limit, cursor, extraParams)
