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

/**
 * Builds a [BrokerCreateSubRequest], checked on construction.
 *
 * @param subaccountName prefix of the generated user name (required, sent as `subaccountName`)
 * @param label note, shorter than 20 characters (optional, sent as `label`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerCreateSubRequest(
    subaccountName: String,
    label: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerCreateSubRequest = BrokerCreateSubRequest(subaccountName, label, extraParams)

/**
 * Builds a [BrokerSubListRequest], checked on construction.
 *
 * @param limit default 10 (optional, greater than 0, at most 100, sent as `limit`)
 * @param idLessThan idLessThan of the previous page (optional, sent as `idLessThan`)
 * @param status status, one of `normal`, `freeze`, `del` (optional, sent as `status`)
 * @param startTime created at or after (optional, sent as `startTime`)
 * @param endTime created at or before (optional, sent as `endTime`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerSubListRequest(
    limit: Int? = null,
    idLessThan: String? = null,
    status: BrokerSubStatus? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubListRequest = BrokerSubListRequest(limit, idLessThan, status, startTime, endTime, extraParams)

/**
 * Builds a [BrokerModifySubRequest], checked on construction.
 *
 * @param subUid sub-account user ID (required, sent as `subUid`)
 * @param permList replaces the permissions (required, not empty, sent as `permList`)
 * @param status normal or freeze (required, sent as `status`)
 * @param language language, one of `en_US`, `zh_CN`, `ja_JP`, `vi_VN`, `zh_TW`, `ru_RU`, `es_ES`, `tr_TR` and 4 more (optional, sent as `language`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerModifySubRequest(
    subUid: String,
    permList: List<BrokerSubPermission>,
    status: BrokerSubStatus,
    language: BrokerLanguage? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerModifySubRequest = BrokerModifySubRequest(subUid, permList, status, language, extraParams)

/**
 * Builds a [BrokerSubEmailRequest], checked on construction.
 *
 * @param subUid sub-account user ID (required, sent as `subUid`)
 * @param subaccountEmail subaccount email (required, sent as `subaccountEmail`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerSubEmailRequest(
    subUid: String,
    subaccountEmail: String,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubEmailRequest = BrokerSubEmailRequest(subUid, subaccountEmail, extraParams)

/**
 * Builds a [BrokerSubUidRequest], checked on construction.
 *
 * @param subUid sub-account user ID (required, sent as `subUid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerSubUidRequest(
    subUid: String,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubUidRequest = BrokerSubUidRequest(subUid, extraParams)

/**
 * Builds a [BrokerSubSpotAssetsRequest], checked on construction.
 *
 * @param subUid sub-account user ID (required, sent as `subUid`)
 * @param coin unset for every coin (optional, sent as `coin`)
 * @param assetType asset type, one of `hold_only`, `all` (optional, sent as `assetType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerSubSpotAssetsRequest(
    subUid: String,
    coin: String? = null,
    assetType: BrokerAssetType? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubSpotAssetsRequest = BrokerSubSpotAssetsRequest(subUid, coin, assetType, extraParams)

/**
 * Builds a [BrokerSubFuturesAssetsRequest], checked on construction.
 *
 * @param subUid sub-account user ID (required, sent as `subUid`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES`, `SUSDT-FUTURES`, `SCOIN-FUTURES`, `SUSDC-FUTURES` (required, sent as `productType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerSubFuturesAssetsRequest(
    subUid: String,
    productType: ProductType,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubFuturesAssetsRequest = BrokerSubFuturesAssetsRequest(subUid, productType, extraParams)

/**
 * Builds a [BrokerSubAddressRequest], checked on construction.
 *
 * @param subUid sub-account user ID (required, sent as `subUid`)
 * @param coin coin, e.g. USDT (required, sent as `coin`)
 * @param chain unset for the coin's main chain (optional, sent as `chain`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerSubAddressRequest(
    subUid: String,
    coin: String,
    chain: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubAddressRequest = BrokerSubAddressRequest(subUid, coin, chain, extraParams)

/**
 * Builds a [BrokerSubWithdrawRequest], checked on construction.
 *
 * @param subUid sub-account user ID (required, sent as `subUid`)
 * @param coin only some coins are accepted, e.g. BTC, ETH, USDT, USDC (required, sent as `coin`)
 * @param dest dest, one of `on_chain`, `internal_transfer` (required, sent as `dest`)
 * @param chain unset for the coin's main chain (optional, sent as `chain`)
 * @param address chain address, or the receiving UID for internal_transfer (required, sent as `address`)
 * @param amount amount, decimal (required, greater than 0, sent as `amount`)
 * @param tag memo or comment, for chains that need one (optional, sent as `tag`)
 * @param clientOid your id for this withdrawal (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [BrokerAutoTransferRequest], checked on construction.
 *
 * @param subUid sub-account user ID (required, sent as `subUid`)
 * @param coin coin, e.g. USDT (required, sent as `coin`)
 * @param toAccountType to account type, one of `spot`, `usdt-futures`, `coin-futures`, `usdc-futures` (required, sent as `toAccountType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerAutoTransferRequest(
    subUid: String,
    coin: String,
    toAccountType: BrokerAccountType,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerAutoTransferRequest = BrokerAutoTransferRequest(subUid, coin, toAccountType, extraParams)

/**
 * Builds a [BrokerSubRecordsRequest], checked on construction.
 *
 * @param orderId Bitget's order ID (optional, sent as `orderId`)
 * @param userId sub-account UID (optional, sent as `userId`)
 * @param startTime span at most three months (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 20 (optional, greater than 0, at most 100, sent as `limit`)
 * @param idLessThan endId of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerSubRecordsRequest(
    orderId: String? = null,
    userId: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubRecordsRequest = BrokerSubRecordsRequest(orderId, userId, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [BrokerSubTransfersRequest], checked on construction.
 *
 * @param startTime set both or neither; span at most 7 days; default yesterday (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 100 (optional, greater than 0, at most 100, sent as `limit`)
 * @param idLessThan endId of the previous page (optional, sent as `idLessThan`)
 * @param type type, one of `all`, `deposit`, `withdrawal` (optional, sent as `type`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerSubTransfersRequest(
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    idLessThan: String? = null,
    type: BrokerRecordType? = null,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerSubTransfersRequest = BrokerSubTransfersRequest(startTime, endTime, limit, idLessThan, type, extraParams)

/**
 * Builds a [BrokerCreateApiKeyRequest], checked on construction.
 *
 * @param subUid sub-account user ID (required, sent as `subUid`)
 * @param passphrase secret: never log; 6 to 32 characters (required, sent as `passphrase`)
 * @param label note, shorter than 20 characters (optional, sent as `label`)
 * @param ipList IP whitelist, at most 30; required unless readonly (optional, sent as `ipList`)
 * @param permType perm type, one of `read_and_write`, `readonly` (required, sent as `permType`)
 * @param permList perm list, each one of `contract_order`, `contract_position`, `spot_trade`, `margin_trade`, `copytrading_trade`, `wallet_transfer`, `wallet_withdraw` (required, not empty, sent as `permList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerCreateApiKeyRequest(
    subUid: String,
    passphrase: String,
    label: String? = null,
    ipList: List<String>? = null,
    permType: BrokerApiKeyPermType,
    permList: List<BrokerApiKeyPermission>,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerCreateApiKeyRequest = BrokerCreateApiKeyRequest(subUid, passphrase, label, ipList, permType, permList, extraParams)

/**
 * Builds a [BrokerModifyApiKeyRequest], checked on construction.
 *
 * @param subUid sub-account user ID (required, sent as `subUid`)
 * @param apiKey api key (required, sent as `apiKey`)
 * @param label label (optional, sent as `label`)
 * @param passphrase secret: never log (required, sent as `passphrase`)
 * @param ipList replaces the whitelist, at most 30; unset to keep (optional, sent as `ipList`)
 * @param permType unset to keep (optional, sent as `permType`)
 * @param permList replaces the permissions (required, not empty, sent as `permList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [BrokerDeleteApiKeyRequest], checked on construction.
 *
 * @param subUid sub-account user ID (required, sent as `subUid`)
 * @param apiKey api key (required, sent as `apiKey`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun brokerDeleteApiKeyRequest(
    subUid: String,
    apiKey: String,
    extraParams: Map<String, Any> = emptyMap(),
): BrokerDeleteApiKeyRequest = BrokerDeleteApiKeyRequest(subUid, apiKey, extraParams)
