// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("BrokerRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.UtaBrokerBizType
import io.github.bitget4j.model.v3.UtaBrokerCommissionRequest
import io.github.bitget4j.model.v3.UtaBrokerCreateApiKeyRequest
import io.github.bitget4j.model.v3.UtaBrokerCreateSubRequest
import io.github.bitget4j.model.v3.UtaBrokerDeleteApiKeyRequest
import io.github.bitget4j.model.v3.UtaBrokerDepositWithdrawalRequest
import io.github.bitget4j.model.v3.UtaBrokerModifyApiKeyRequest
import io.github.bitget4j.model.v3.UtaBrokerModifySubRequest
import io.github.bitget4j.model.v3.UtaBrokerRecordStatus
import io.github.bitget4j.model.v3.UtaBrokerSubApiKeyRequest
import io.github.bitget4j.model.v3.UtaBrokerSubBizType
import io.github.bitget4j.model.v3.UtaBrokerSubDepositAddressRequest
import io.github.bitget4j.model.v3.UtaBrokerSubListRequest
import io.github.bitget4j.model.v3.UtaBrokerSubStatus
import io.github.bitget4j.model.v3.UtaBrokerSubWithdrawalRequest
import io.github.bitget4j.model.v3.UtaBrokerWithdrawDest
import java.math.BigDecimal

/** Builds a [UtaBrokerSubWithdrawalRequest], checked on construction: One withdrawal from a broker sub-account. */
public fun utaBrokerSubWithdrawalRequest(
    subUid: String,
    coin: String,
    dest: UtaBrokerWithdrawDest,
    address: String,
    amount: BigDecimal,
    chain: String? = null,
    tag: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerSubWithdrawalRequest = UtaBrokerSubWithdrawalRequest(subUid, coin, dest, address, amount, chain, tag, clientOid, extraParams)

/** Builds a [UtaBrokerSubDepositAddressRequest], checked on construction: Names the sub-account, coin and chain. */
public fun utaBrokerSubDepositAddressRequest(
    subUid: String,
    coin: String,
    chain: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerSubDepositAddressRequest = UtaBrokerSubDepositAddressRequest(subUid, coin, chain, extraParams)

/** Builds a [UtaBrokerDepositWithdrawalRequest], checked on construction: Filters of the sub-account deposit and withdrawal history; all optional. */
public fun utaBrokerDepositWithdrawalRequest(
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    cursor: String? = null,
    status: UtaBrokerRecordStatus? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerDepositWithdrawalRequest = UtaBrokerDepositWithdrawalRequest(startTime, endTime, limit, cursor, status, extraParams)

/** Builds a [UtaBrokerCreateSubRequest], checked on construction: A new broker sub-account. */
public fun utaBrokerCreateSubRequest(
    subaccountName: String,
    label: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerCreateSubRequest = UtaBrokerCreateSubRequest(subaccountName, label, extraParams)

/** Builds a [UtaBrokerSubListRequest], checked on construction: Filters of the sub-account list; all optional. */
public fun utaBrokerSubListRequest(
    limit: Int? = null,
    cursor: String? = null,
    status: UtaBrokerSubStatus? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerSubListRequest = UtaBrokerSubListRequest(limit, cursor, status, extraParams)

/** Builds a [UtaBrokerModifySubRequest], checked on construction: Changes one broker sub-account. */
public fun utaBrokerModifySubRequest(
    subUid: String,
    status: UtaBrokerSubStatus? = null,
    permList: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerModifySubRequest = UtaBrokerModifySubRequest(subUid, status, permList, extraParams)

/** Builds a [UtaBrokerCommissionRequest], checked on construction: Filters of the commission query; all optional. */
public fun utaBrokerCommissionRequest(
    startTime: Long? = null,
    endTime: Long? = null,
    pageSize: Int? = null,
    pageNo: Int? = null,
    bizType: UtaBrokerBizType? = null,
    subBizType: UtaBrokerSubBizType? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerCommissionRequest = UtaBrokerCommissionRequest(startTime, endTime, pageSize, pageNo, bizType, subBizType, extraParams)

/** Builds a [UtaBrokerCreateApiKeyRequest], checked on construction: A new API key of a broker sub-account. */
public fun utaBrokerCreateApiKeyRequest(
    subUid: String,
    passphrase: String,
    label: String,
    ipList: List<String>? = null,
    permType: String,
    permList: List<String>,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerCreateApiKeyRequest = UtaBrokerCreateApiKeyRequest(subUid, passphrase, label, ipList, permType, permList, extraParams)

/** Builds a [UtaBrokerModifyApiKeyRequest], checked on construction: Changes one API key of a broker sub-account. */
public fun utaBrokerModifyApiKeyRequest(
    subUid: String,
    passphrase: String,
    apiKey: String,
    label: String? = null,
    ipList: List<String>? = null,
    permType: String? = null,
    permList: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerModifyApiKeyRequest = UtaBrokerModifyApiKeyRequest(subUid, passphrase, apiKey, label, ipList, permType, permList, extraParams)

/** Builds a [UtaBrokerDeleteApiKeyRequest], checked on construction: Names the API key to delete. */
public fun utaBrokerDeleteApiKeyRequest(
    subUid: String,
    apiKey: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerDeleteApiKeyRequest = UtaBrokerDeleteApiKeyRequest(subUid, apiKey, extraParams)

/** Builds a [UtaBrokerSubApiKeyRequest], checked on construction: Names the sub-account. */
public fun utaBrokerSubApiKeyRequest(
    subUid: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerSubApiKeyRequest = UtaBrokerSubApiKeyRequest(subUid, extraParams)
