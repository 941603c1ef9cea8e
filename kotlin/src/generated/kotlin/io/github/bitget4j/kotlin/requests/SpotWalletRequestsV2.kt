// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("SpotWalletRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.SpotAccountType
import io.github.bitget4j.model.v2.SpotCancelWithdrawalRequest
import io.github.bitget4j.model.v2.SpotDepositAddressRequest
import io.github.bitget4j.model.v2.SpotDepositRecordsRequest
import io.github.bitget4j.model.v2.SpotInnerToType
import io.github.bitget4j.model.v2.SpotModifyDepositAccountRequest
import io.github.bitget4j.model.v2.SpotSubDepositAddressRequest
import io.github.bitget4j.model.v2.SpotSubDepositRecordsRequest
import io.github.bitget4j.model.v2.SpotSubTransferRequest
import io.github.bitget4j.model.v2.SpotTransferRequest
import io.github.bitget4j.model.v2.SpotTransferableCoinsRequest
import io.github.bitget4j.model.v2.SpotWithdrawRequest
import io.github.bitget4j.model.v2.SpotWithdrawType
import io.github.bitget4j.model.v2.SpotWithdrawalRecordsRequest
import java.math.BigDecimal
import java.time.Instant

/**
 * Builds a [SpotTransferRequest], checked on construction: A transfer between account types.
 *
 * @param fromType the account type debited (required, sent as `fromType`)
 * @param toType the account type credited (required, sent as `toType`)
 * @param amount how much, in coin (required, greater than 0, sent as `amount`)
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param symbol isolated margin symbol, e.g. BTCUSDT; required when either side is isolated_margin (optional, sent as `symbol`)
 * @param clientOid your id; a repeated clientOid returns the first transfer instead of a new one (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotTransferRequest(
    fromType: SpotAccountType,
    toType: SpotAccountType,
    amount: BigDecimal,
    coin: String,
    symbol: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotTransferRequest = SpotTransferRequest(fromType, toType, amount, coin, symbol, clientOid, extraParams)

/**
 * Builds a [SpotTransferableCoinsRequest], checked on construction: A pair of account types.
 *
 * @param fromType from type, one of `spot`, `p2p`, `coin_futures`, `usdt_futures`, `usdc_futures`, `crossed_margin`, `isolated_margin` (required, sent as `fromType`)
 * @param toType to type, one of `spot`, `p2p`, `coin_futures`, `usdt_futures`, `usdc_futures`, `crossed_margin`, `isolated_margin` (required, sent as `toType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotTransferableCoinsRequest(
    fromType: SpotAccountType,
    toType: SpotAccountType,
    extraParams: Map<String, Any> = emptyMap(),
): SpotTransferableCoinsRequest = SpotTransferableCoinsRequest(fromType, toType, extraParams)

/**
 * Builds a [SpotSubTransferRequest], checked on construction: A transfer between related accounts.
 *
 * @param fromType the account type debited (required, sent as `fromType`)
 * @param toType the account type credited (required, sent as `toType`)
 * @param amount how much, in coin (required, greater than 0, sent as `amount`)
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param symbol isolated margin symbol; required when either side is isolated_margin (optional, sent as `symbol`)
 * @param clientOid your id; a repeated clientOid returns the first transfer (optional, sent as `clientOid`)
 * @param fromUserId user id of the account debited (required, sent as `fromUserId`)
 * @param toUserId user id of the account credited (required, sent as `toUserId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotSubTransferRequest(
    fromType: SpotAccountType,
    toType: SpotAccountType,
    amount: BigDecimal,
    coin: String,
    symbol: String? = null,
    clientOid: String? = null,
    fromUserId: String,
    toUserId: String,
    extraParams: Map<String, Any> = emptyMap(),
): SpotSubTransferRequest = SpotSubTransferRequest(fromType, toType, amount, coin, symbol, clientOid, fromUserId, toUserId, extraParams)

/**
 * Builds a [SpotWithdrawRequest], checked on construction: A withdrawal.
 *
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param transferType on_chain or internal_transfer (required, sent as `transferType`)
 * @param address chain address, or the uid, email or phone number of an internal transfer (required, sent as `address`)
 * @param chain e.g. trc20, from the coin's chains; required on chain (optional, sent as `chain`)
 * @param innerToType internal transfer: what address is (Bitget's default uid) (optional, sent as `innerToType`)
 * @param areaCode phone area code; required when innerToType is mobile (optional, sent as `areaCode`)
 * @param tag address tag (memo) for chains that need one, e.g. EOS (optional, sent as `tag`)
 * @param size amount received, excluding fees (required, greater than 0, sent as `size`)
 * @param remark your note (optional, sent as `remark`)
 * @param clientOid your id for the withdrawal (optional, sent as `clientOid`)
 * @param memberCode Korean travel rule: the receiving exchange (optional, sent as `memberCode`)
 * @param identityType Korean travel rule: whether the recipient is a person or a company (optional, sent as `identityType`)
 * @param companyName Korean travel rule: the receiving company (optional, sent as `companyName`)
 * @param firstName Korean travel rule: the recipient's first name (optional, sent as `firstName`)
 * @param lastName Korean travel rule: the recipient's last name (optional, sent as `lastName`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotWithdrawRequest(
    coin: String,
    transferType: SpotWithdrawType,
    address: String,
    chain: String? = null,
    innerToType: SpotInnerToType? = null,
    areaCode: String? = null,
    tag: String? = null,
    size: BigDecimal,
    remark: String? = null,
    clientOid: String? = null,
    memberCode: String? = null,
    identityType: String? = null,
    companyName: String? = null,
    firstName: String? = null,
    lastName: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotWithdrawRequest = SpotWithdrawRequest(coin, transferType, address, chain, innerToType, areaCode, tag, size, remark, clientOid, memberCode, identityType, companyName, firstName, lastName, extraParams)

/**
 * Builds a [SpotCancelWithdrawalRequest], checked on construction: Names one withdrawal.
 *
 * @param orderId Bitget's id of the withdrawal (required, sent as `orderId`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotCancelWithdrawalRequest(
    orderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCancelWithdrawalRequest = SpotCancelWithdrawalRequest(orderId, extraParams)

/**
 * Builds a [SpotWithdrawalRecordsRequest], checked on construction: Parameters of the withdrawal record query.
 *
 * @param coin e.g. USDT (optional, sent as `coin`)
 * @param clientOid one withdrawal by your id; other filters are then ignored (optional, sent as `clientOid`)
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime end of the time range (required, sent as `endTime`)
 * @param idLessThan paging: only withdrawals older than this orderId (optional, sent as `idLessThan`)
 * @param orderId one withdrawal by Bitget's id; other filters are then ignored (optional, sent as `orderId`)
 * @param limit page size (Bitget's default 20) (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotWithdrawalRecordsRequest(
    coin: String? = null,
    clientOid: String? = null,
    startTime: Instant,
    endTime: Instant,
    idLessThan: String? = null,
    orderId: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotWithdrawalRecordsRequest = SpotWithdrawalRecordsRequest(coin, clientOid, startTime, endTime, idLessThan, orderId, limit, extraParams)

/**
 * Builds a [SpotDepositAddressRequest], checked on construction: Parameters of the deposit address query.
 *
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param chain e.g. trc20; unset for the coin's default chain (optional, sent as `chain`)
 * @param size Lightning Network only: the invoice amount (0.000001 to 0.01 BTC) (optional, greater than 0, sent as `size`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotDepositAddressRequest(
    coin: String,
    chain: String? = null,
    size: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotDepositAddressRequest = SpotDepositAddressRequest(coin, chain, size, extraParams)

/**
 * Builds a [SpotSubDepositAddressRequest], checked on construction: Parameters of the sub-account deposit address query.
 *
 * @param subUid the sub-account's user id (required, sent as `subUid`)
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param chain e.g. trc20; unset for the coin's default chain (optional, sent as `chain`)
 * @param size Lightning Network only: the invoice amount (optional, greater than 0, sent as `size`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotSubDepositAddressRequest(
    subUid: String,
    coin: String,
    chain: String? = null,
    size: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotSubDepositAddressRequest = SpotSubDepositAddressRequest(subUid, coin, chain, size, extraParams)

/**
 * Builds a [SpotDepositRecordsRequest], checked on construction: Parameters of the deposit record query.
 *
 * @param coin e.g. USDT (optional, sent as `coin`)
 * @param orderId one deposit; other filters are then ignored (optional, sent as `orderId`)
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime end of the time range (required, sent as `endTime`)
 * @param idLessThan paging: only deposits older than this orderId (optional, sent as `idLessThan`)
 * @param limit page size (Bitget's default 20) (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotDepositRecordsRequest(
    coin: String? = null,
    orderId: String? = null,
    startTime: Instant,
    endTime: Instant,
    idLessThan: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotDepositRecordsRequest = SpotDepositRecordsRequest(coin, orderId, startTime, endTime, idLessThan, limit, extraParams)

/**
 * Builds a [SpotSubDepositRecordsRequest], checked on construction: Parameters of the sub-account deposit record query.
 *
 * @param subUid the sub-account's user id (required, sent as `subUid`)
 * @param coin e.g. USDT (optional, sent as `coin`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param idLessThan paging: only deposits older than this orderId (optional, sent as `idLessThan`)
 * @param limit page size (Bitget's default 20) (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotSubDepositRecordsRequest(
    subUid: String,
    coin: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    idLessThan: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotSubDepositRecordsRequest = SpotSubDepositRecordsRequest(subUid, coin, startTime, endTime, idLessThan, limit, extraParams)

/**
 * Builds a [SpotModifyDepositAccountRequest], checked on construction: The account type to credit deposits of a coin to.
 *
 * @param accountType the account type to credit, as Bitget names it, e.g. spot (required, sent as `accountType`)
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun spotModifyDepositAccountRequest(
    accountType: String,
    coin: String,
    extraParams: Map<String, Any> = emptyMap(),
): SpotModifyDepositAccountRequest = SpotModifyDepositAccountRequest(accountType, coin, extraParams)
