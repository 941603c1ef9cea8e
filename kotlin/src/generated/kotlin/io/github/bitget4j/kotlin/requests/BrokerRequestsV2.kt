// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("BrokerRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.broker.BrokerAccountType
import io.github.bitget4j.model.v2.broker.BrokerApiKeyPermType
import io.github.bitget4j.model.v2.broker.BrokerApiKeyPermission
import io.github.bitget4j.model.v2.broker.BrokerAssetType
import io.github.bitget4j.model.v2.broker.BrokerAutoTransferRequest
import io.github.bitget4j.model.v2.broker.BrokerCreateApiKeyRequest
import io.github.bitget4j.model.v2.broker.BrokerCreateSubRequest
import io.github.bitget4j.model.v2.broker.BrokerDeleteApiKeyRequest
import io.github.bitget4j.model.v2.broker.BrokerLanguage
import io.github.bitget4j.model.v2.broker.BrokerModifyApiKeyRequest
import io.github.bitget4j.model.v2.broker.BrokerModifySubRequest
import io.github.bitget4j.model.v2.broker.BrokerRecordType
import io.github.bitget4j.model.v2.broker.BrokerSubAddressRequest
import io.github.bitget4j.model.v2.broker.BrokerSubEmailRequest
import io.github.bitget4j.model.v2.broker.BrokerSubFuturesAssetsRequest
import io.github.bitget4j.model.v2.broker.BrokerSubListRequest
import io.github.bitget4j.model.v2.broker.BrokerSubPermission
import io.github.bitget4j.model.v2.broker.BrokerSubRecordsRequest
import io.github.bitget4j.model.v2.broker.BrokerSubSpotAssetsRequest
import io.github.bitget4j.model.v2.broker.BrokerSubStatus
import io.github.bitget4j.model.v2.broker.BrokerSubTransfersRequest
import io.github.bitget4j.model.v2.broker.BrokerSubUidRequest
import io.github.bitget4j.model.v2.broker.BrokerSubWithdrawRequest
import io.github.bitget4j.model.v2.broker.BrokerWithdrawDest
import io.github.bitget4j.model.v2.futures.ProductType
import java.math.BigDecimal
import java.time.Instant

/** Builds a [BrokerCreateSubRequest], checked on construction. */
public fun brokerCreateSubRequest(
    subaccountName: String,
    label: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerCreateSubRequest = BrokerCreateSubRequest(subaccountName, label, extraParams)

/** Builds a [BrokerSubListRequest], checked on construction. */
public fun brokerSubListRequest(
    limit: Int? = null,
    idLessThan: String? = null,
    status: BrokerSubStatus? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubListRequest = BrokerSubListRequest(limit, idLessThan, status, startTime, endTime, extraParams)

/** Builds a [BrokerModifySubRequest], checked on construction. */
public fun brokerModifySubRequest(
    subUid: String,
    permList: List<BrokerSubPermission>,
    status: BrokerSubStatus,
    language: BrokerLanguage? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerModifySubRequest = BrokerModifySubRequest(subUid, permList, status, language, extraParams)

/** Builds a [BrokerSubEmailRequest], checked on construction. */
public fun brokerSubEmailRequest(
    subUid: String,
    subaccountEmail: String,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubEmailRequest = BrokerSubEmailRequest(subUid, subaccountEmail, extraParams)

/** Builds a [BrokerSubUidRequest], checked on construction. */
public fun brokerSubUidRequest(
    subUid: String,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubUidRequest = BrokerSubUidRequest(subUid, extraParams)

/** Builds a [BrokerSubSpotAssetsRequest], checked on construction. */
public fun brokerSubSpotAssetsRequest(
    subUid: String,
    coin: String? = null,
    assetType: BrokerAssetType? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubSpotAssetsRequest = BrokerSubSpotAssetsRequest(subUid, coin, assetType, extraParams)

/** Builds a [BrokerSubFuturesAssetsRequest], checked on construction. */
public fun brokerSubFuturesAssetsRequest(
    subUid: String,
    productType: ProductType,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubFuturesAssetsRequest = BrokerSubFuturesAssetsRequest(subUid, productType, extraParams)

/** Builds a [BrokerSubAddressRequest], checked on construction. */
public fun brokerSubAddressRequest(
    subUid: String,
    coin: String,
    chain: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubAddressRequest = BrokerSubAddressRequest(subUid, coin, chain, extraParams)

/** Builds a [BrokerSubWithdrawRequest], checked on construction. */
public fun brokerSubWithdrawRequest(
    subUid: String,
    coin: String,
    dest: BrokerWithdrawDest,
    chain: String? = null,
    address: String,
    amount: BigDecimal,
    tag: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubWithdrawRequest = BrokerSubWithdrawRequest(subUid, coin, dest, chain, address, amount, tag, clientOid, extraParams)

/** Builds a [BrokerAutoTransferRequest], checked on construction. */
public fun brokerAutoTransferRequest(
    subUid: String,
    coin: String,
    toAccountType: BrokerAccountType,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerAutoTransferRequest = BrokerAutoTransferRequest(subUid, coin, toAccountType, extraParams)

/** Builds a [BrokerSubRecordsRequest], checked on construction. */
public fun brokerSubRecordsRequest(
    orderId: String? = null,
    userId: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubRecordsRequest = BrokerSubRecordsRequest(orderId, userId, startTime, endTime, limit, idLessThan, extraParams)

/** Builds a [BrokerSubTransfersRequest], checked on construction. */
public fun brokerSubTransfersRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    type: BrokerRecordType? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubTransfersRequest = BrokerSubTransfersRequest(startTime, endTime, limit, idLessThan, type, extraParams)

/** Builds a [BrokerCreateApiKeyRequest], checked on construction. */
public fun brokerCreateApiKeyRequest(
    subUid: String,
    passphrase: String,
    label: String? = null,
    ipList: List<String>? = null,
    permType: BrokerApiKeyPermType,
    permList: List<BrokerApiKeyPermission>,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerCreateApiKeyRequest = BrokerCreateApiKeyRequest(subUid, passphrase, label, ipList, permType, permList, extraParams)

/** Builds a [BrokerModifyApiKeyRequest], checked on construction. */
public fun brokerModifyApiKeyRequest(
    subUid: String,
    apiKey: String,
    label: String? = null,
    passphrase: String,
    ipList: List<String>? = null,
    permType: BrokerApiKeyPermType? = null,
    permList: List<BrokerApiKeyPermission>,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerModifyApiKeyRequest = BrokerModifyApiKeyRequest(subUid, apiKey, label, passphrase, ipList, permType, permList, extraParams)

/** Builds a [BrokerDeleteApiKeyRequest], checked on construction. */
public fun brokerDeleteApiKeyRequest(
    subUid: String,
    apiKey: String,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerDeleteApiKeyRequest = BrokerDeleteApiKeyRequest(subUid, apiKey, extraParams)
