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

/** Builds a [SubAccountCreateRequest], checked on construction. */
public fun subAccountCreateRequest(
    subAccountList: List<String>,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountCreateRequest = SubAccountCreateRequest(subAccountList, extraParams)

/** Builds a [SubAccountModifyRequest], checked on construction. */
public fun subAccountModifyRequest(
    subAccountUid: String,
    permList: List<String>,
    status: SubAccountStatus,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountModifyRequest = SubAccountModifyRequest(subAccountUid, permList, status, extraParams)

/** Builds a [SubAccountWithKeyItem], checked on construction: One sub-account to create with an API key. */
public fun subAccountWithKeyItem(
    subAccountName: String,
    passphrase: String,
    label: String,
    ipList: List<String>? = null,
    permList: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountWithKeyItem = SubAccountWithKeyItem(subAccountName, passphrase, label, ipList, permList, extraParams)

/** Builds a [SubAccountListRequest], checked on construction. */
public fun subAccountListRequest(
    limit: Int? = null,
    idLessThan: String? = null,
    status: SubAccountStatus? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountListRequest = SubAccountListRequest(limit, idLessThan, status, extraParams)

/** Builds a [SubAccountApiKeyCreateRequest], checked on construction. */
public fun subAccountApiKeyCreateRequest(
    subAccountUid: String,
    passphrase: String,
    label: String,
    ipList: List<String>? = null,
    permType: String? = null,
    permList: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountApiKeyCreateRequest = SubAccountApiKeyCreateRequest(subAccountUid, passphrase, label, ipList, permType, permList, extraParams)

/** Builds a [SubAccountApiKeyModifyRequest], checked on construction. */
public fun subAccountApiKeyModifyRequest(
    subAccountUid: String,
    subAccountApiKey: String,
    passphrase: String,
    label: String,
    ipList: List<String>? = null,
    permList: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountApiKeyModifyRequest = SubAccountApiKeyModifyRequest(subAccountUid, subAccountApiKey, passphrase, label, ipList, permList, extraParams)

/** Builds a [SubAccountApiKeysRequest], checked on construction. */
public fun subAccountApiKeysRequest(
    subAccountUid: String,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountApiKeysRequest = SubAccountApiKeysRequest(subAccountUid, extraParams)

/** Builds a [SubAccountAgentCreateRequest], checked on construction. */
public fun subAccountAgentCreateRequest(
    username: String,
    passphrase: String,
    note: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SubAccountAgentCreateRequest = SubAccountAgentCreateRequest(username, passphrase, note, extraParams)
