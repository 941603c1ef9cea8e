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

/**
 * Builds a [UtaBrokerSubWithdrawalRequest], checked on construction: One withdrawal from a broker sub-account.
 *
 * @param subUid the sub-account uid (required, sent as `subUid`)
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param dest on chain or internal transfer (required, sent as `dest`)
 * @param address the chain address for on_chain; the receiving uid for internal_transfer (required, sent as `address`)
 * @param amount amount to withdraw (required, greater than 0, sent as `amount`)
 * @param chain the chain; Bitget uses the coin's main chain when unset (optional, sent as `chain`)
 * @param tag memo or comment some chains need (e.g. EOS, TON) (optional, sent as `tag`)
 * @param clientOid your id for the withdrawal, unique (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaBrokerSubDepositAddressRequest], checked on construction: Names the sub-account, coin and chain.
 *
 * @param subUid the sub-account uid (required, sent as `subUid`)
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param chain the chain; the coin's main chain when unset (optional, sent as `chain`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaBrokerSubDepositAddressRequest(
    subUid: String,
    coin: String,
    chain: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerSubDepositAddressRequest = UtaBrokerSubDepositAddressRequest(subUid, coin, chain, extraParams)

/**
 * Builds a [UtaBrokerDepositWithdrawalRequest], checked on construction: Filters of the sub-account deposit and withdrawal history; all optional.
 *
 * @param startTime earliest record, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest record, Unix milliseconds (optional, sent as `endTime`)
 * @param limit page size (optional, greater than 0, sent as `limit`)
 * @param cursor paging: the endId of the previous page (optional, sent as `cursor`)
 * @param status pending, fail or success (optional, sent as `status`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaBrokerDepositWithdrawalRequest(
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    cursor: String? = null,
    status: UtaBrokerRecordStatus? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerDepositWithdrawalRequest = UtaBrokerDepositWithdrawalRequest(startTime, endTime, limit, cursor, status, extraParams)

/**
 * Builds a [UtaBrokerCreateSubRequest], checked on construction: A new broker sub-account.
 *
 * @param subaccountName the sub-account name (required, sent as `subaccountName`)
 * @param label a note for the sub-account (required, sent as `label`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaBrokerCreateSubRequest(
    subaccountName: String,
    label: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerCreateSubRequest = UtaBrokerCreateSubRequest(subaccountName, label, extraParams)

/**
 * Builds a [UtaBrokerSubListRequest], checked on construction: Filters of the sub-account list; all optional.
 *
 * @param limit page size (optional, greater than 0, sent as `limit`)
 * @param cursor paging: where the previous page ended (optional, sent as `cursor`)
 * @param status normal or freeze (optional, sent as `status`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaBrokerSubListRequest(
    limit: Int? = null,
    cursor: String? = null,
    status: UtaBrokerSubStatus? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerSubListRequest = UtaBrokerSubListRequest(limit, cursor, status, extraParams)

/**
 * Builds a [UtaBrokerModifySubRequest], checked on construction: Changes one broker sub-account.
 *
 * @param subUid the sub-account uid (required, sent as `subUid`)
 * @param status normal or freeze (optional, sent as `status`)
 * @param permList the new permissions (optional, sent as `permList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaBrokerModifySubRequest(
    subUid: String,
    status: UtaBrokerSubStatus? = null,
    permList: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerModifySubRequest = UtaBrokerModifySubRequest(subUid, status, permList, extraParams)

/**
 * Builds a [UtaBrokerCommissionRequest], checked on construction: Filters of the commission query; all optional.
 *
 * @param startTime earliest record, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest record, Unix milliseconds (optional, sent as `endTime`)
 * @param pageSize page size (optional, greater than 0, sent as `pageSize`)
 * @param pageNo page number, from 1 (optional, greater than 0, sent as `pageNo`)
 * @param bizType spot or futures (optional, sent as `bizType`)
 * @param subBizType a finer business line (optional, sent as `subBizType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaBrokerCommissionRequest(
    startTime: Long? = null,
    endTime: Long? = null,
    pageSize: Int? = null,
    pageNo: Int? = null,
    bizType: UtaBrokerBizType? = null,
    subBizType: UtaBrokerSubBizType? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerCommissionRequest = UtaBrokerCommissionRequest(startTime, endTime, pageSize, pageNo, bizType, subBizType, extraParams)

/**
 * Builds a [UtaBrokerCreateApiKeyRequest], checked on construction: A new API key of a broker sub-account.
 *
 * @param subUid the sub-account uid (required, sent as `subUid`)
 * @param passphrase the new key's passphrase; secret: never log (required, sent as `passphrase`)
 * @param label a note for the key (required, sent as `label`)
 * @param ipList IP whitelist, up to 30 addresses (optional, sent as `ipList`)
 * @param permType read_and_write or readonly as Bitget's table lists them (its example sends read_write) (required, sent as `permType`)
 * @param permList e.g. uta_trade, uta_mgt, withdraw (withdraw needs read-and-write) (required, not empty, sent as `permList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaBrokerCreateApiKeyRequest(
    subUid: String,
    passphrase: String,
    label: String,
    ipList: List<String>? = null,
    permType: String,
    permList: List<String>,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerCreateApiKeyRequest = UtaBrokerCreateApiKeyRequest(subUid, passphrase, label, ipList, permType, permList, extraParams)

/**
 * Builds a [UtaBrokerModifyApiKeyRequest], checked on construction: Changes one API key of a broker sub-account.
 *
 * @param subUid the sub-account uid (required, sent as `subUid`)
 * @param passphrase the key's passphrase; secret: never log (required, sent as `passphrase`)
 * @param apiKey the API key to change (required, sent as `apiKey`)
 * @param label a new note (optional, sent as `label`)
 * @param ipList a new IP whitelist, up to 30 addresses (optional, sent as `ipList`)
 * @param permType read_and_write or readonly as Bitget's table lists them (its example sends read_write) (optional, sent as `permType`)
 * @param permList new permissions, e.g. uta_trade, uta_mgt, withdraw (optional, sent as `permList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [UtaBrokerDeleteApiKeyRequest], checked on construction: Names the API key to delete.
 *
 * @param subUid the sub-account uid (required, sent as `subUid`)
 * @param apiKey the API key (required, sent as `apiKey`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaBrokerDeleteApiKeyRequest(
    subUid: String,
    apiKey: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerDeleteApiKeyRequest = UtaBrokerDeleteApiKeyRequest(subUid, apiKey, extraParams)

/**
 * Builds a [UtaBrokerSubApiKeyRequest], checked on construction: Names the sub-account.
 *
 * @param subUid the sub-account uid (required, sent as `subUid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaBrokerSubApiKeyRequest(
    subUid: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaBrokerSubApiKeyRequest = UtaBrokerSubApiKeyRequest(subUid, extraParams)
