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

/**
 * Builds a [UtaCreateSubAccountRequest], checked on construction: A new virtual sub-account.
 *
 * @param username name of its virtual email: lower-case letters, at most 20 (required, sent as `username`)
 * @param accountMode classic or unified (optional, sent as `accountMode`)
 * @param note your note, at most 50 characters (optional, sent as `note`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCreateSubAccountRequest(
    username: String,
    accountMode: UtaSubAccountMode? = null,
    note: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCreateSubAccountRequest = UtaCreateSubAccountRequest(username, accountMode, note, extraParams)

/**
 * Builds a [UtaCreateAgentSubAccountRequest], checked on construction: A new agent sub-account.
 *
 * @param username name of its virtual email: lower-case letters, at most 20 (required, sent as `username`)
 * @param passphrase passphrase of its API key: 8 to 32 letters and digits (required, sent as `passphrase`)
 * @param note your note (optional, sent as `note`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCreateAgentSubAccountRequest(
    username: String,
    passphrase: String,
    note: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCreateAgentSubAccountRequest = UtaCreateAgentSubAccountRequest(username, passphrase, note, extraParams)

/**
 * Builds a [UtaFreezeSubAccountRequest], checked on construction: Freezes or unfreezes one sub-account.
 *
 * @param subUid the sub-account's uid (required, sent as `subUid`)
 * @param operation operation, one of `freeze`, `unfreeze` (required, sent as `operation`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaFreezeSubAccountRequest(
    subUid: String,
    operation: UtaFreezeOperation,
    extraParams: Map<String, Any> = emptyMap(),
): UtaFreezeSubAccountRequest = UtaFreezeSubAccountRequest(subUid, operation, extraParams)

/**
 * Builds a [UtaSubAccountListRequest], checked on construction: Paging of the sub-account list; all optional.
 *
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaSubAccountListRequest(
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSubAccountListRequest = UtaSubAccountListRequest(limit, cursor, extraParams)

/**
 * Builds a [UtaCreateSubApiKeyRequest], checked on construction: A new sub-account API key.
 *
 * @param subUid the sub-account's uid (required, sent as `subUid`)
 * @param note name of the key: starts with a letter; letters, digits, - and _ (required, sent as `note`)
 * @param type read-only or read-write (required, sent as `type`)
 * @param passphrase 8 to 32 letters and digits (required, sent as `passphrase`)
 * @param permissions e.g. uta_mgt, uta_trade (required, not empty, sent as `permissions`)
 * @param ips allowed IPv4 addresses, at most 30 (required, not empty, sent as `ips`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCreateSubApiKeyRequest(
    subUid: String,
    note: String,
    type: UtaApiKeyType,
    passphrase: String,
    permissions: List<String>,
    ips: List<String>,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCreateSubApiKeyRequest = UtaCreateSubApiKeyRequest(subUid, note, type, passphrase, permissions, ips, extraParams)

/**
 * Builds a [UtaUpdateSubApiKeyRequest], checked on construction: Changes to a sub-account API key.
 *
 * @param apikey the key to change (Bitget spells the field apikey) (required, sent as `apikey`)
 * @param passphrase the key's passphrase (required, sent as `passphrase`)
 * @param type new type; give it together with permissions (optional, sent as `type`)
 * @param permissions new permissions; give them together with type (optional, sent as `permissions`)
 * @param ips new IPv4 list (empty removes it; unset keeps it) (optional, sent as `ips`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaUpdateSubApiKeyRequest(
    apikey: String,
    passphrase: String,
    type: UtaApiKeyType? = null,
    permissions: List<String>? = null,
    ips: List<String>? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaUpdateSubApiKeyRequest = UtaUpdateSubApiKeyRequest(apikey, passphrase, type, permissions, ips, extraParams)

/**
 * Builds a [UtaDeleteSubApiKeyRequest], checked on construction: Names one sub-account API key.
 *
 * @param apikey the key to delete (Bitget spells the field apikey) (required, sent as `apikey`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaDeleteSubApiKeyRequest(
    apikey: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaDeleteSubApiKeyRequest = UtaDeleteSubApiKeyRequest(apikey, extraParams)

/**
 * Builds a [UtaSubApiKeysRequest], checked on construction: A sub-account and paging.
 *
 * @param subUid the sub-account's uid (required, sent as `subUid`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaSubApiKeysRequest(
    subUid: String,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSubApiKeysRequest = UtaSubApiKeysRequest(subUid, limit, cursor, extraParams)

/**
 * Builds a [UtaRateLimitQuotaRequest], checked on construction: A product line, one account or a page of them.
 *
 * @param category spot or futures (required, sent as `category`)
 * @param uid one account; unset for every sub-account (optional, sent as `uid`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaRateLimitQuotaRequest(
    category: UtaRateLimitCategory,
    uid: String? = null,
    cursor: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaRateLimitQuotaRequest = UtaRateLimitQuotaRequest(category, uid, cursor, limit, extraParams)

/**
 * Builds a [UtaSetRateLimitQuotaRequest], checked on construction: A quota for some sub-accounts.
 *
 * @param category spot or futures (required, sent as `category`)
 * @param uids the sub-accounts, at most 50 (required, not empty, sent as `uids`)
 * @param quota requests per second for each (required, greater than 0, sent as `quota`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaSetRateLimitQuotaRequest(
    category: UtaRateLimitCategory,
    uids: List<String>,
    quota: Int,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSetRateLimitQuotaRequest = UtaSetRateLimitQuotaRequest(category, uids, quota, extraParams)
