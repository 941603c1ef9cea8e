// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("UserRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.UtaApiKeyType
import io.github.bitget4j.model.v3.UtaCreateAgentSubAccountRequest
import io.github.bitget4j.model.v3.UtaCreateSubAccountRequest
import io.github.bitget4j.model.v3.UtaCreateSubApiKeyRequest
import io.github.bitget4j.model.v3.UtaDeleteSubApiKeyRequest
import io.github.bitget4j.model.v3.UtaFreezeOperation
import io.github.bitget4j.model.v3.UtaFreezeSubAccountRequest
import io.github.bitget4j.model.v3.UtaRateLimitCategory
import io.github.bitget4j.model.v3.UtaRateLimitQuotaRequest
import io.github.bitget4j.model.v3.UtaSetRateLimitQuotaRequest
import io.github.bitget4j.model.v3.UtaSubAccountListRequest
import io.github.bitget4j.model.v3.UtaSubAccountMode
import io.github.bitget4j.model.v3.UtaSubApiKeysRequest
import io.github.bitget4j.model.v3.UtaUpdateSubApiKeyRequest

/** Builds a [UtaCreateSubAccountRequest], checked on construction: A new virtual sub-account. */
public fun utaCreateSubAccountRequest(
    username: String,
    accountMode: UtaSubAccountMode? = null,
    note: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCreateSubAccountRequest = UtaCreateSubAccountRequest(username, accountMode, note, extraParams)

/** Builds a [UtaCreateAgentSubAccountRequest], checked on construction: A new agent sub-account. */
public fun utaCreateAgentSubAccountRequest(
    username: String,
    passphrase: String,
    note: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCreateAgentSubAccountRequest = UtaCreateAgentSubAccountRequest(username, passphrase, note, extraParams)

/** Builds a [UtaFreezeSubAccountRequest], checked on construction: Freezes or unfreezes one sub-account. */
public fun utaFreezeSubAccountRequest(
    subUid: String,
    operation: UtaFreezeOperation,
    extraParams: Map<String, Any> = emptyMap(),
): UtaFreezeSubAccountRequest = UtaFreezeSubAccountRequest(subUid, operation, extraParams)

/** Builds a [UtaSubAccountListRequest], checked on construction: Paging of the sub-account list; all optional. */
public fun utaSubAccountListRequest(
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSubAccountListRequest = UtaSubAccountListRequest(limit, cursor, extraParams)

/** Builds a [UtaCreateSubApiKeyRequest], checked on construction: A new sub-account API key. */
public fun utaCreateSubApiKeyRequest(
    subUid: String,
    note: String,
    type: UtaApiKeyType,
    passphrase: String,
    permissions: List<String>,
    ips: List<String>,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCreateSubApiKeyRequest = UtaCreateSubApiKeyRequest(subUid, note, type, passphrase, permissions, ips, extraParams)

/** Builds a [UtaUpdateSubApiKeyRequest], checked on construction: Changes to a sub-account API key. */
public fun utaUpdateSubApiKeyRequest(
    apikey: String,
    passphrase: String,
    type: UtaApiKeyType? = null,
    permissions: List<String>? = null,
    ips: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaUpdateSubApiKeyRequest = UtaUpdateSubApiKeyRequest(apikey, passphrase, type, permissions, ips, extraParams)

/** Builds a [UtaDeleteSubApiKeyRequest], checked on construction: Names one sub-account API key. */
public fun utaDeleteSubApiKeyRequest(
    apikey: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaDeleteSubApiKeyRequest = UtaDeleteSubApiKeyRequest(apikey, extraParams)

/** Builds a [UtaSubApiKeysRequest], checked on construction: A sub-account and paging. */
public fun utaSubApiKeysRequest(
    subUid: String,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSubApiKeysRequest = UtaSubApiKeysRequest(subUid, limit, cursor, extraParams)

/** Builds a [UtaRateLimitQuotaRequest], checked on construction: A product line, one account or a page of them. */
public fun utaRateLimitQuotaRequest(
    category: UtaRateLimitCategory,
    uid: String? = null,
    cursor: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaRateLimitQuotaRequest = UtaRateLimitQuotaRequest(category, uid, cursor, limit, extraParams)

/** Builds a [UtaSetRateLimitQuotaRequest], checked on construction: A quota for some sub-accounts. */
public fun utaSetRateLimitQuotaRequest(
    category: UtaRateLimitCategory,
    uids: List<String>,
    quota: Int,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSetRateLimitQuotaRequest = UtaSetRateLimitQuotaRequest(category, uids, quota, extraParams)
