// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("SpotAccountRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.SpotAccountType
import io.github.bitget4j.model.v2.SpotAssetsRequest
import io.github.bitget4j.model.v2.SpotBgbDeduct
import io.github.bitget4j.model.v2.SpotBillsRequest
import io.github.bitget4j.model.v2.SpotLoanLtvRequest
import io.github.bitget4j.model.v2.SpotLoanOrderRequest
import io.github.bitget4j.model.v2.SpotLoanProductRequest
import io.github.bitget4j.model.v2.SpotLoanRepaidHistoryRequest
import io.github.bitget4j.model.v2.SpotSubTransferRecordsRequest
import io.github.bitget4j.model.v2.SpotSubUidRequest
import io.github.bitget4j.model.v2.SpotSwitchDeductRequest
import io.github.bitget4j.model.v2.SpotTransferRecordsRequest
import io.github.bitget4j.model.v2.SpotTransferRole
import java.time.Instant

/** Builds a [SpotAssetsRequest], checked on construction: Parameters of the V2 spot account assets query. */
public fun spotAssetsRequest(
    coin: String? = null,
    assetType: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotAssetsRequest = SpotAssetsRequest(coin, assetType, extraParams)

/** Builds a [SpotBillsRequest], checked on construction: Parameters of the V2 spot bills query; all optional. */
public fun spotBillsRequest(
    coin: String? = null,
    groupType: String? = null,
    businessType: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotBillsRequest = SpotBillsRequest(coin, groupType, businessType, startTime, endTime, limit, idLessThan, extraParams)

/** Builds a [SpotSubTransferRecordsRequest], checked on construction: Parameters of the V2 main/sub transfer record query; all optional. */
public fun spotSubTransferRecordsRequest(
    coin: String? = null,
    role: SpotTransferRole? = null,
    subUid: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    clientOid: String? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotSubTransferRecordsRequest = SpotSubTransferRecordsRequest(coin, role, subUid, startTime, endTime, clientOid, limit, idLessThan, extraParams)

/** Builds a [SpotTransferRecordsRequest], checked on construction: Parameters of the V2 transfer record query. */
public fun spotTransferRecordsRequest(
    coin: String,
    fromType: SpotAccountType,
    startTime: Instant? = null,
    endTime: Instant? = null,
    clientOid: String? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotTransferRecordsRequest = SpotTransferRecordsRequest(coin, fromType, startTime, endTime, clientOid, limit, idLessThan, extraParams)

/** Builds a [SpotSwitchDeductRequest], checked on construction: The new BGB fee setting. */
public fun spotSwitchDeductRequest(
    deduct: SpotBgbDeduct,
    extraParams: Map<String, Any> = emptyMap(),
): SpotSwitchDeductRequest = SpotSwitchDeductRequest(deduct, extraParams)

/** Builds a [SpotSubUidRequest], checked on construction: Names the account to act on; all optional. */
public fun spotSubUidRequest(
    subUid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotSubUidRequest = SpotSubUidRequest(subUid, extraParams)

/** Builds a [SpotLoanProductRequest], checked on construction: Names one institutional loan product. */
public fun spotLoanProductRequest(
    productId: String,
    extraParams: Map<String, Any> = emptyMap(),
): SpotLoanProductRequest = SpotLoanProductRequest(productId, extraParams)

/** Builds a [SpotLoanLtvRequest], checked on construction: Names one risk unit; all optional. */
public fun spotLoanLtvRequest(
    riskUnitId: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotLoanLtvRequest = SpotLoanLtvRequest(riskUnitId, extraParams)

/** Builds a [SpotLoanRepaidHistoryRequest], checked on construction: Parameters of the loan repayment query; all optional. */
public fun spotLoanRepaidHistoryRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotLoanRepaidHistoryRequest = SpotLoanRepaidHistoryRequest(startTime, endTime, limit, extraParams)

/** Builds a [SpotLoanOrderRequest], checked on construction: Parameters of the loan order query; all optional. */
public fun spotLoanOrderRequest(
    orderId: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotLoanOrderRequest = SpotLoanOrderRequest(orderId, startTime, endTime, extraParams)
