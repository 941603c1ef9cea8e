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

/** Builds a [BrokerPageRequest], checked on construction. */
public fun brokerPageRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    pageSize: Int? = null,
    pageNo: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerPageRequest = BrokerPageRequest(startTime, endTime, pageSize, pageNo, extraParams)

/** Builds a [BrokerCommissionsRequest], checked on construction. */
public fun brokerCommissionsRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    pageSize: Int? = null,
    pageNo: Int? = null,
    bizType: BrokerBizType? = null,
    subBizType: BrokerSubBizType? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerCommissionsRequest = BrokerCommissionsRequest(startTime, endTime, pageSize, pageNo, bizType, subBizType, extraParams)

/** Builds a [BrokerTimeRangeRequest], checked on construction. */
public fun brokerTimeRangeRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerTimeRangeRequest = BrokerTimeRangeRequest(startTime, endTime, extraParams)

/** Builds a [BrokerOrderCommissionRequest], checked on construction. */
public fun brokerOrderCommissionRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    uid: String? = null,
    orderId: String? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerOrderCommissionRequest = BrokerOrderCommissionRequest(startTime, endTime, limit, uid, orderId, idLessThan, extraParams)

/** Builds a [BrokerUidRequest], checked on construction. */
public fun brokerUidRequest(
    uid: String,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerUidRequest = BrokerUidRequest(uid, extraParams)

/** Builds a [BrokerAgentCommissionsRequest], checked on construction. */
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

/** Builds a [BrokerAgentCursorRequest], checked on construction. */
public fun brokerAgentCursorRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    idLessThan: String? = null,
    limit: Int? = null,
    uid: String? = null,
    showSub: BrokerYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerAgentCursorRequest = BrokerAgentCursorRequest(startTime, endTime, idLessThan, limit, uid, showSub, extraParams)

/** Builds a [BrokerAgentPageRequest], checked on construction. */
public fun brokerAgentPageRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    pageNo: Int? = null,
    pageSize: Int? = null,
    uid: String? = null,
    showSub: BrokerYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerAgentPageRequest = BrokerAgentPageRequest(startTime, endTime, pageNo, pageSize, uid, showSub, extraParams)

/** Builds a [BrokerAgentCustomerListRequest], checked on construction. */
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

/** Builds a [BrokerAgentAssetsRequest], checked on construction. */
public fun brokerAgentAssetsRequest(
    pageNo: Int? = null,
    pageSize: Int? = null,
    uid: String? = null,
    showSub: BrokerYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerAgentAssetsRequest = BrokerAgentAssetsRequest(pageNo, pageSize, uid, showSub, extraParams)

/** Builds a [BrokerAgentCommissionDetailRequest], checked on construction. */
public fun brokerAgentCommissionDetailRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerAgentCommissionDetailRequest = BrokerAgentCommissionDetailRequest(startTime, endTime, limit, idLessThan, extraParams)
