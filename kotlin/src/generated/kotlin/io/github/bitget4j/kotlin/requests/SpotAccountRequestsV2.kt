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

/**
 * Builds a [SpotAssetsRequest], checked on construction: Parameters of the V2 spot account assets query.
 *
 * @param coin one coin, e.g. USDT; unset for all (optional, sent as `coin`)
 * @param assetType hold_only (coins with a balance, Bitget's default) or all (optional, sent as `assetType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotAssetsRequest(
    coin: String? = null,
    assetType: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotAssetsRequest = SpotAssetsRequest(coin, assetType, extraParams)

/**
 * Builds a [SpotBillsRequest], checked on construction: Parameters of the V2 spot bills query; all optional.
 *
 * @param coin e.g. USDT (optional, sent as `coin`)
 * @param groupType deposit, withdraw, transaction, transfer, other, .. (optional, sent as `groupType`)
 * @param businessType e.g. deposit, withdraw, buy, sell, transfer-in, transfer-out (optional, sent as `businessType`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime at most 90 days after startTime (optional, sent as `endTime`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 500, sent as `limit`)
 * @param idLessThan paging: only entries older than this billId (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [SpotSubTransferRecordsRequest], checked on construction: Parameters of the V2 main/sub transfer record query; all optional.
 *
 * @param coin e.g. USDT (optional, sent as `coin`)
 * @param role initiator (default) or receiver (optional, sent as `role`)
 * @param subUid one sub-account; unset for transfers of the main account (optional, sent as `subUid`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime at most 90 days after startTime (optional, sent as `endTime`)
 * @param clientOid your id of one transfer (optional, sent as `clientOid`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param idLessThan paging: only transfers older than this transferId (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [SpotTransferRecordsRequest], checked on construction: Parameters of the V2 transfer record query.
 *
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param fromType the account type money left (required, sent as `fromType`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime at most 90 days after startTime (optional, sent as `endTime`)
 * @param clientOid your id of one transfer (optional, sent as `clientOid`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 500, sent as `limit`)
 * @param idLessThan paging: only transfers older than this transferId (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [SpotSwitchDeductRequest], checked on construction: The new BGB fee setting.
 *
 * @param deduct on or off (required, sent as `deduct`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotSwitchDeductRequest(
    deduct: SpotBgbDeduct,
    extraParams: Map<String, Any> = emptyMap(),
): SpotSwitchDeductRequest = SpotSwitchDeductRequest(deduct, extraParams)

/**
 * Builds a [SpotSubUidRequest], checked on construction: Names the account to act on; all optional.
 *
 * @param subUid a sub-account's user id; unset for the calling account (optional, sent as `subUid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotSubUidRequest(
    subUid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotSubUidRequest = SpotSubUidRequest(subUid, extraParams)

/**
 * Builds a [SpotLoanProductRequest], checked on construction: Names one institutional loan product.
 *
 * @param productId product id (required, sent as `productId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotLoanProductRequest(
    productId: String,
    extraParams: Map<String, Any> = emptyMap(),
): SpotLoanProductRequest = SpotLoanProductRequest(productId, extraParams)

/**
 * Builds a [SpotLoanLtvRequest], checked on construction: Names one risk unit; all optional.
 *
 * @param riskUnitId unset for the main account's risk unit (optional, sent as `riskUnitId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotLoanLtvRequest(
    riskUnitId: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotLoanLtvRequest = SpotLoanLtvRequest(riskUnitId, extraParams)

/**
 * Builds a [SpotLoanRepaidHistoryRequest], checked on construction: Parameters of the loan repayment query; all optional.
 *
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit at most this many (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotLoanRepaidHistoryRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotLoanRepaidHistoryRequest = SpotLoanRepaidHistoryRequest(startTime, endTime, limit, extraParams)

/**
 * Builds a [SpotLoanOrderRequest], checked on construction: Parameters of the loan order query; all optional.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotLoanOrderRequest(
    orderId: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotLoanOrderRequest = SpotLoanOrderRequest(orderId, startTime, endTime, extraParams)
