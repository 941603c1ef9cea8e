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

/**
 * Builds a [P2pMerchantListRequest], checked on construction.
 *
 * @param online online, one of `yes`, `no` (optional, sent as `online`)
 * @param idLessThan minMerchantId of the previous page (optional, sent as `idLessThan`)
 * @param limit default 100 (optional, greater than 0, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun p2pMerchantListRequest(
    online: P2pOnline? = null,
    idLessThan: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): P2pMerchantListRequest = P2pMerchantListRequest(online, idLessThan, limit, extraParams)

/**
 * Builds a [P2pOrdersRequest], checked on construction.
 *
 * @param startTime within the last 90 days (required, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param idLessThan minOrderId of the previous page (optional, sent as `idLessThan`)
 * @param limit default 100 (optional, greater than 0, sent as `limit`)
 * @param status status, one of `pending_pay`, `paid`, `appeal`, `completed`, `cancelled` (optional, sent as `status`)
 * @param advNo advertisement number (required, sent as `advNo`)
 * @param side side, one of `buy`, `sell` (optional, sent as `side`)
 * @param coin e.g. USDT (optional, sent as `coin`)
 * @param language zh-CN or en-US (required, sent as `language`)
 * @param fiat e.g. USD (optional, sent as `fiat`)
 * @param orderNo order no (optional, sent as `orderNo`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [P2pAdvListRequest], checked on construction.
 *
 * @param startTime within the last 90 days (required, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param idLessThan minAdvId of the previous page (optional, sent as `idLessThan`)
 * @param limit default 20 or 100 depending on the doc version (optional, greater than 0, sent as `limit`)
 * @param status status, one of `online`, `offline`, `editing`, `completed` (optional, sent as `status`)
 * @param advNo adv no (optional, sent as `advNo`)
 * @param side side, one of `buy`, `sell` (optional, sent as `side`)
 * @param coin coin, e.g. USDT (optional, sent as `coin`)
 * @param language zh-CN or en-US (optional, sent as `language`)
 * @param fiat fiat (optional, sent as `fiat`)
 * @param orderBy default createTime (optional, sent as `orderBy`)
 * @param payMethodId pay method id (optional, sent as `payMethodId`)
 * @param sourceType default owner (optional, sent as `sourceType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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
