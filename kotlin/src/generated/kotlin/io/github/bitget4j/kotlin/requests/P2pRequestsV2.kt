// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("P2pRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.Side
import io.github.bitget4j.model.v2.p2p.P2pAdvListRequest
import io.github.bitget4j.model.v2.p2p.P2pAdvOrderBy
import io.github.bitget4j.model.v2.p2p.P2pAdvSourceType
import io.github.bitget4j.model.v2.p2p.P2pAdvStatus
import io.github.bitget4j.model.v2.p2p.P2pMerchantListRequest
import io.github.bitget4j.model.v2.p2p.P2pOnline
import io.github.bitget4j.model.v2.p2p.P2pOrderStatus
import io.github.bitget4j.model.v2.p2p.P2pOrdersRequest
import java.time.Instant

/** Builds a [P2pMerchantListRequest], checked on construction. */
public fun p2pMerchantListRequest(
    online: P2pOnline? = null,
    idLessThan: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): P2pMerchantListRequest = P2pMerchantListRequest(online, idLessThan, limit, extraParams)

/** Builds a [P2pOrdersRequest], checked on construction. */
public fun p2pOrdersRequest(
    startTime: Instant,
    endTime: Instant? = null,
    idLessThan: String? = null,
    limit: Int? = null,
    status: P2pOrderStatus? = null,
    advNo: String,
    side: Side? = null,
    coin: String? = null,
    language: String,
    fiat: String? = null,
    orderNo: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): P2pOrdersRequest = P2pOrdersRequest(startTime, endTime, idLessThan, limit, status, advNo, side, coin, language, fiat, orderNo, extraParams)

/** Builds a [P2pAdvListRequest], checked on construction. */
public fun p2pAdvListRequest(
    startTime: Instant,
    endTime: Instant? = null,
    idLessThan: String? = null,
    limit: Int? = null,
    status: P2pAdvStatus? = null,
    advNo: String? = null,
    side: Side? = null,
    coin: String? = null,
    language: String? = null,
    fiat: String? = null,
    orderBy: P2pAdvOrderBy? = null,
    payMethodId: String? = null,
    sourceType: P2pAdvSourceType? = null,
    extraParams: Map<String, Any> = emptyMap(),
): P2pAdvListRequest = P2pAdvListRequest(startTime, endTime, idLessThan, limit, status, advNo, side, coin, language, fiat, orderBy, payMethodId, sourceType, extraParams)
