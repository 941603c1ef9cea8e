// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("BrokerCommissionRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.broker.BrokerAgentAssetsRequest
import io.github.bitget4j.model.v2.broker.BrokerAgentCommissionDetailRequest
import io.github.bitget4j.model.v2.broker.BrokerAgentCommissionsRequest
import io.github.bitget4j.model.v2.broker.BrokerAgentCursorRequest
import io.github.bitget4j.model.v2.broker.BrokerAgentCustomerListRequest
import io.github.bitget4j.model.v2.broker.BrokerAgentPageRequest
import io.github.bitget4j.model.v2.broker.BrokerBizType
import io.github.bitget4j.model.v2.broker.BrokerCommissionsRequest
import io.github.bitget4j.model.v2.broker.BrokerOrderCommissionRequest
import io.github.bitget4j.model.v2.broker.BrokerPageRequest
import io.github.bitget4j.model.v2.broker.BrokerSubBizType
import io.github.bitget4j.model.v2.broker.BrokerTimeRangeRequest
import io.github.bitget4j.model.v2.broker.BrokerUidRequest
import io.github.bitget4j.model.v2.broker.BrokerYesNo
import java.time.Instant

/**
 * Builds a [BrokerPageRequest], checked on construction.
 *
 * @param startTime set both or neither; span at most 30 days; default yesterday (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param pageSize default 100 (optional, greater than 0, at most 1000, sent as `pageSize`)
 * @param pageNo default 1 (optional, greater than 0, sent as `pageNo`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerPageRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    pageSize: Int? = null,
    pageNo: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerPageRequest = BrokerPageRequest(startTime, endTime, pageSize, pageNo, extraParams)

/**
 * Builds a [BrokerCommissionsRequest], checked on construction.
 *
 * @param startTime set both or neither; span at most 30 days; default yesterday (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param pageSize default 100 (optional, greater than 0, at most 1000, sent as `pageSize`)
 * @param pageNo default 1 (optional, greater than 0, sent as `pageNo`)
 * @param bizType unset for both (optional, sent as `bizType`)
 * @param subBizType must belong to bizType (optional, sent as `subBizType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerCommissionsRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    pageSize: Int? = null,
    pageNo: Int? = null,
    bizType: BrokerBizType? = null,
    subBizType: BrokerSubBizType? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerCommissionsRequest = BrokerCommissionsRequest(startTime, endTime, pageSize, pageNo, bizType, subBizType, extraParams)

/**
 * Builds a [BrokerTimeRangeRequest], checked on construction.
 *
 * @param startTime set both or neither; default yesterday (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerTimeRangeRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerTimeRangeRequest = BrokerTimeRangeRequest(startTime, endTime, extraParams)

/**
 * Builds a [BrokerOrderCommissionRequest], checked on construction.
 *
 * @param startTime set both or neither; span at most 30 days (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, sent as `limit`)
 * @param uid uid (optional, sent as `uid`)
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param idLessThan endId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerOrderCommissionRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    uid: String? = null,
    orderId: String? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerOrderCommissionRequest = BrokerOrderCommissionRequest(startTime, endTime, limit, uid, orderId, idLessThan, extraParams)

/**
 * Builds a [BrokerUidRequest], checked on construction.
 *
 * @param uid uid (required, sent as `uid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerUidRequest(
    uid: String,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerUidRequest = BrokerUidRequest(uid, extraParams)

/**
 * Builds a [BrokerAgentCommissionsRequest], checked on construction.
 *
 * @param startTime set both or neither; span at most 30 days; default yesterday (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param idLessThan endId of the previous page (optional, sent as `idLessThan`)
 * @param limit default 100 (optional, greater than 0, at most 1000, sent as `limit`)
 * @param uid uid (optional, sent as `uid`)
 * @param coin coin, e.g. USDT (optional, sent as `coin`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param showSub include customers' sub-users (optional, sent as `showSub`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerAgentCommissionsRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    idLessThan: String? = null,
    limit: Int? = null,
    uid: String? = null,
    coin: String? = null,
    symbol: String? = null,
    showSub: BrokerYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerAgentCommissionsRequest = BrokerAgentCommissionsRequest(startTime, endTime, idLessThan, limit, uid, coin, symbol, showSub, extraParams)

/**
 * Builds a [BrokerAgentCursorRequest], checked on construction.
 *
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param idLessThan minId or endId of the previous page (optional, sent as `idLessThan`)
 * @param limit number of items per page (optional, greater than 0, sent as `limit`)
 * @param uid uid (optional, sent as `uid`)
 * @param showSub show sub, one of `yes`, `no` (optional, sent as `showSub`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerAgentCursorRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    idLessThan: String? = null,
    limit: Int? = null,
    uid: String? = null,
    showSub: BrokerYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerAgentCursorRequest = BrokerAgentCursorRequest(startTime, endTime, idLessThan, limit, uid, showSub, extraParams)

/**
 * Builds a [BrokerAgentPageRequest], checked on construction.
 *
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param pageNo page number, from 1 (optional, greater than 0, sent as `pageNo`)
 * @param pageSize number of items per page (optional, greater than 0, sent as `pageSize`)
 * @param uid uid (optional, sent as `uid`)
 * @param showSub show sub, one of `yes`, `no` (optional, sent as `showSub`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerAgentPageRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    pageNo: Int? = null,
    pageSize: Int? = null,
    uid: String? = null,
    showSub: BrokerYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerAgentPageRequest = BrokerAgentPageRequest(startTime, endTime, pageNo, pageSize, uid, showSub, extraParams)

/**
 * Builds a [BrokerAgentCustomerListRequest], checked on construction.
 *
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param pageNo page number, from 1 (optional, greater than 0, sent as `pageNo`)
 * @param pageSize number of items per page (optional, greater than 0, sent as `pageSize`)
 * @param uid uid (optional, sent as `uid`)
 * @param referralCode referral code (optional, sent as `referralCode`)
 * @param showSub show sub, one of `yes`, `no` (optional, sent as `showSub`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerAgentCustomerListRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    pageNo: Int? = null,
    pageSize: Int? = null,
    uid: String? = null,
    referralCode: String? = null,
    showSub: BrokerYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerAgentCustomerListRequest = BrokerAgentCustomerListRequest(startTime, endTime, pageNo, pageSize, uid, referralCode, showSub, extraParams)

/**
 * Builds a [BrokerAgentAssetsRequest], checked on construction.
 *
 * @param pageNo page number, from 1 (optional, greater than 0, sent as `pageNo`)
 * @param pageSize number of items per page (optional, greater than 0, sent as `pageSize`)
 * @param uid uid (optional, sent as `uid`)
 * @param showSub show sub, one of `yes`, `no` (optional, sent as `showSub`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerAgentAssetsRequest(
    pageNo: Int? = null,
    pageSize: Int? = null,
    uid: String? = null,
    showSub: BrokerYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerAgentAssetsRequest = BrokerAgentAssetsRequest(pageNo, pageSize, uid, showSub, extraParams)

/**
 * Builds a [BrokerAgentCommissionDetailRequest], checked on construction.
 *
 * @param startTime set both or neither; span at most 7 days; default yesterday (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 100 (optional, greater than 0, at most 100, sent as `limit`)
 * @param idLessThan endId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerAgentCommissionDetailRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerAgentCommissionDetailRequest = BrokerAgentCommissionDetailRequest(startTime, endTime, limit, idLessThan, extraParams)
