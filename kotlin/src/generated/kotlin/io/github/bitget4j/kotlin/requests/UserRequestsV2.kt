// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("UserRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.user.SubAccountAgentCreateRequest
import io.github.bitget4j.model.v2.user.SubAccountApiKeyCreateRequest
import io.github.bitget4j.model.v2.user.SubAccountApiKeyModifyRequest
import io.github.bitget4j.model.v2.user.SubAccountApiKeysRequest
import io.github.bitget4j.model.v2.user.SubAccountCreateRequest
import io.github.bitget4j.model.v2.user.SubAccountListRequest
import io.github.bitget4j.model.v2.user.SubAccountModifyRequest
import io.github.bitget4j.model.v2.user.SubAccountStatus
import io.github.bitget4j.model.v2.user.SubAccountWithKeyItem

/**
 * Builds a [SubAccountCreateRequest], checked on construction.
 *
 * @param subAccountList aliases: 8 English letters each, globally unique (required, not empty, sent as `subAccountList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun subAccountCreateRequest(
    subAccountList: List<String>,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountCreateRequest = SubAccountCreateRequest(subAccountList, extraParams)

/**
 * Builds a [SubAccountModifyRequest], checked on construction.
 *
 * @param subAccountUid sub account uid (required, sent as `subAccountUid`)
 * @param permList spot_trade, margin_trade, contract_trade, read (required, not empty, sent as `permList`)
 * @param status normal or freeze (required, sent as `status`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun subAccountModifyRequest(
    subAccountUid: String,
    permList: List<String>,
    status: SubAccountStatus,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountModifyRequest = SubAccountModifyRequest(subAccountUid, permList, status, extraParams)

/**
 * Builds a [SubAccountWithKeyItem], checked on construction: One sub-account to create with an API key.
 *
 * @param subAccountName alias: 8 English letters (required, sent as `subAccountName`)
 * @param passphrase the new key's passphrase, 8-32 letters and digits; secret: never log (required, sent as `passphrase`)
 * @param label note, at most 20 characters (required, sent as `label`)
 * @param ipList IP whitelist, at most 30 (optional, sent as `ipList`)
 * @param permList spot_trade, margin_trade, contract_trade, read (optional, sent as `permList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun subAccountWithKeyItem(
    subAccountName: String,
    passphrase: String,
    label: String,
    ipList: List<String>? = null,
    permList: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountWithKeyItem = SubAccountWithKeyItem(subAccountName, passphrase, label, ipList, permList, extraParams)

/**
 * Builds a [SubAccountListRequest], checked on construction.
 *
 * @param limit number of items per page (optional, greater than 0, at most 500, sent as `limit`)
 * @param idLessThan endId of the previous page (optional, sent as `idLessThan`)
 * @param status status, one of `normal`, `freeze`, `del` (optional, sent as `status`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun subAccountListRequest(
    limit: Int? = null,
    idLessThan: String? = null,
    status: SubAccountStatus? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountListRequest = SubAccountListRequest(limit, idLessThan, status, extraParams)

/**
 * Builds a [SubAccountApiKeyCreateRequest], checked on construction.
 *
 * @param subAccountUid sub account uid (required, sent as `subAccountUid`)
 * @param passphrase the new key's passphrase, 8-32 letters and digits; secret: never log (required, sent as `passphrase`)
 * @param label note, at most 20 characters (required, sent as `label`)
 * @param ipList IP whitelist, at most 30 (optional, sent as `ipList`)
 * @param permType read_and_write or readonly (optional, sent as `permType`)
 * @param permList e.g. spot_trade, margin_trade, contract_trade, read (optional, sent as `permList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun subAccountApiKeyCreateRequest(
    subAccountUid: String,
    passphrase: String,
    label: String,
    ipList: List<String>? = null,
    permType: String? = null,
    permList: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountApiKeyCreateRequest = SubAccountApiKeyCreateRequest(subAccountUid, passphrase, label, ipList, permType, permList, extraParams)

/**
 * Builds a [SubAccountApiKeyModifyRequest], checked on construction.
 *
 * @param subAccountUid sub account uid (required, sent as `subAccountUid`)
 * @param subAccountApiKey the key to change (required, sent as `subAccountApiKey`)
 * @param passphrase the key's passphrase; secret: never log (required, sent as `passphrase`)
 * @param label note, at most 20 characters (required, sent as `label`)
 * @param ipList IP whitelist, at most 30; unset clears it (optional, sent as `ipList`)
 * @param permList unset keeps the current permissions, empty removes them (optional, sent as `permList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun subAccountApiKeyModifyRequest(
    subAccountUid: String,
    subAccountApiKey: String,
    passphrase: String,
    label: String,
    ipList: List<String>? = null,
    permList: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountApiKeyModifyRequest = SubAccountApiKeyModifyRequest(subAccountUid, subAccountApiKey, passphrase, label, ipList, permList, extraParams)

/**
 * Builds a [SubAccountApiKeysRequest], checked on construction.
 *
 * @param subAccountUid sub account uid (required, sent as `subAccountUid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun subAccountApiKeysRequest(
    subAccountUid: String,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountApiKeysRequest = SubAccountApiKeysRequest(subAccountUid, extraParams)

/**
 * Builds a [SubAccountAgentCreateRequest], checked on construction.
 *
 * @param username lowercase letters, at most 20; becomes the virtual e-mail name (required, sent as `username`)
 * @param passphrase the key's passphrase, 8-32 letters and digits; secret: never log (required, sent as `passphrase`)
 * @param note note (optional, sent as `note`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun subAccountAgentCreateRequest(
    username: String,
    passphrase: String,
    note: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountAgentCreateRequest = SubAccountAgentCreateRequest(username, passphrase, note, extraParams)
