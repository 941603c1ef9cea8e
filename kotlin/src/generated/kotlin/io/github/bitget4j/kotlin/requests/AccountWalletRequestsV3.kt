// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("AccountWalletRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.UtaAddressBookRequest
import io.github.bitget4j.model.v3.UtaAddressBookType
import io.github.bitget4j.model.v3.UtaCancelWithdrawalRequest
import io.github.bitget4j.model.v3.UtaCoinRequest
import io.github.bitget4j.model.v3.UtaDepositAccountRequest
import io.github.bitget4j.model.v3.UtaDepositAccountType
import io.github.bitget4j.model.v3.UtaDepositAddressRequest
import io.github.bitget4j.model.v3.UtaDepositRecordsRequest
import io.github.bitget4j.model.v3.UtaIdentityType
import io.github.bitget4j.model.v3.UtaInnerToType
import io.github.bitget4j.model.v3.UtaSubDepositAddressRequest
import io.github.bitget4j.model.v3.UtaSubDepositRecordsRequest
import io.github.bitget4j.model.v3.UtaSubToMainTransferRequest
import io.github.bitget4j.model.v3.UtaSubTransferRecordsRequest
import io.github.bitget4j.model.v3.UtaSubTransferRequest
import io.github.bitget4j.model.v3.UtaTransferAccountType
import io.github.bitget4j.model.v3.UtaTransferMethod
import io.github.bitget4j.model.v3.UtaTransferRequest
import io.github.bitget4j.model.v3.UtaTransferRole
import io.github.bitget4j.model.v3.UtaTransferableCoinsRequest
import io.github.bitget4j.model.v3.UtaWithdrawRecordsRequest
import io.github.bitget4j.model.v3.UtaWithdrawRequest
import io.github.bitget4j.model.v3.UtaYesNo
import java.math.BigDecimal
import java.time.Instant

/**
 * Builds a [UtaCoinRequest], checked on construction: Names one coin.
 *
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCoinRequest(
    coin: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCoinRequest = UtaCoinRequest(coin, extraParams)

/**
 * Builds a [UtaTransferableCoinsRequest], checked on construction: A pair of account types.
 *
 * @param fromType from type, one of `spot`, `p2p`, `coin_futures`, `usdt_futures`, `usdc_futures`, `crossed_margin`, `isolated_margin`, `uta` (required, sent as `fromType`)
 * @param toType to type, one of `spot`, `p2p`, `coin_futures`, `usdt_futures`, `usdc_futures`, `crossed_margin`, `isolated_margin`, `uta` (required, sent as `toType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaTransferableCoinsRequest(
    fromType: UtaTransferAccountType,
    toType: UtaTransferAccountType,
    extraParams: Map<String, Any> = emptyMap(),
): UtaTransferableCoinsRequest = UtaTransferableCoinsRequest(fromType, toType, extraParams)

/**
 * Builds a [UtaTransferRequest], checked on construction: A transfer within one user's accounts.
 *
 * @param fromType the source account (required, sent as `fromType`)
 * @param toType the target account (required, sent as `toType`)
 * @param amount amount of the coin (required, greater than 0, sent as `amount`)
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param symbol isolated margin: the symbol, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param allowBorrow borrow automatically when the balance is short (optional, sent as `allowBorrow`)
 * @param clientOid your id of the transfer (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaTransferRequest(
    fromType: UtaTransferAccountType,
    toType: UtaTransferAccountType,
    amount: BigDecimal,
    coin: String,
    symbol: String? = null,
    allowBorrow: UtaYesNo? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaTransferRequest = UtaTransferRequest(fromType, toType, amount, coin, symbol, allowBorrow, clientOid, extraParams)

/**
 * Builds a [UtaSubTransferRequest], checked on construction: A transfer between two accounts of one main account.
 *
 * @param fromType the source account type (not isolated_margin) (required, sent as `fromType`)
 * @param toType the target account type (not isolated_margin) (required, sent as `toType`)
 * @param amount amount of the coin (required, greater than 0, sent as `amount`)
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param fromUserId the source uid (required, sent as `fromUserId`)
 * @param toUserId the target uid (required, sent as `toUserId`)
 * @param clientOid your id of the transfer, at most 64 characters (required, sent as `clientOid`)
 * @param allowBorrow borrow automatically when the balance is short (optional, sent as `allowBorrow`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaSubTransferRequest(
    fromType: UtaTransferAccountType,
    toType: UtaTransferAccountType,
    amount: BigDecimal,
    coin: String,
    fromUserId: String,
    toUserId: String,
    clientOid: String,
    allowBorrow: UtaYesNo? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSubTransferRequest = UtaSubTransferRequest(fromType, toType, amount, coin, fromUserId, toUserId, clientOid, allowBorrow, extraParams)

/**
 * Builds a [UtaSubToMainTransferRequest], checked on construction: A transfer from a sub-account to its main account.
 *
 * @param fromType spot or uta (required, sent as `fromType`)
 * @param toType spot, p2p or uta (required, sent as `toType`)
 * @param amount amount of the coin (required, greater than 0, sent as `amount`)
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param clientOid your id of the transfer, at most 64 characters (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaSubToMainTransferRequest(
    fromType: UtaTransferAccountType,
    toType: UtaTransferAccountType,
    amount: BigDecimal,
    coin: String,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSubToMainTransferRequest = UtaSubToMainTransferRequest(fromType, toType, amount, coin, clientOid, extraParams)

/**
 * Builds a [UtaSubTransferRecordsRequest], checked on construction: Filters of the main/sub transfer history; all optional.
 *
 * @param subUid one sub-account; unset for the main account (optional, sent as `subUid`)
 * @param role sent (Bitget's default) or received transfers (optional, sent as `role`)
 * @param coin e.g. USDT (optional, sent as `coin`)
 * @param startTime span at most 90 days (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param clientOid your id of one transfer (optional, sent as `clientOid`)
 * @param limit page size (Bitget's default 100) (optional, greater than 0, at most 100, sent as `limit`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaSubTransferRecordsRequest(
    subUid: String? = null,
    role: UtaTransferRole? = null,
    coin: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    clientOid: String? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSubTransferRecordsRequest = UtaSubTransferRecordsRequest(subUid, role, coin, startTime, endTime, clientOid, limit, cursor, extraParams)

/**
 * Builds a [UtaDepositAccountRequest], checked on construction: The deposit account of one coin.
 *
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param accountType account type, one of `funding`, `unified`, `otc` (required, sent as `accountType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaDepositAccountRequest(
    coin: String,
    accountType: UtaDepositAccountType,
    extraParams: Map<String, Any> = emptyMap(),
): UtaDepositAccountRequest = UtaDepositAccountRequest(coin, accountType, extraParams)

/**
 * Builds a [UtaDepositAddressRequest], checked on construction: The coin and chain of a deposit address.
 *
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param chain e.g. trc20; unset for Bitget's choice (optional, sent as `chain`)
 * @param size BTC Lightning only: the amount to deposit (optional, greater than 0, sent as `size`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaDepositAddressRequest(
    coin: String,
    chain: String? = null,
    size: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaDepositAddressRequest = UtaDepositAddressRequest(coin, chain, size, extraParams)

/**
 * Builds a [UtaSubDepositAddressRequest], checked on construction: The sub-account, coin and chain of a deposit address.
 *
 * @param subUid the sub-account's uid (required, sent as `subUid`)
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param chain e.g. trc20 (optional, sent as `chain`)
 * @param size BTC Lightning only: the amount to deposit (optional, greater than 0, sent as `size`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaSubDepositAddressRequest(
    subUid: String,
    coin: String,
    chain: String? = null,
    size: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSubDepositAddressRequest = UtaSubDepositAddressRequest(subUid, coin, chain, size, extraParams)

/**
 * Builds a [UtaDepositRecordsRequest], checked on construction: Filters of the deposit history.
 *
 * @param startTime earliest deposit (required, sent as `startTime`)
 * @param endTime latest deposit (required, sent as `endTime`)
 * @param coin e.g. USDT; unset for all (optional, sent as `coin`)
 * @param orderId one deposit (optional, sent as `orderId`)
 * @param limit page size (Bitget's default 20) (optional, greater than 0, at most 100, sent as `limit`)
 * @param cursor paging: the smallest orderId of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaDepositRecordsRequest(
    startTime: Instant,
    endTime: Instant,
    coin: String? = null,
    orderId: String? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaDepositRecordsRequest = UtaDepositRecordsRequest(startTime, endTime, coin, orderId, limit, cursor, extraParams)

/**
 * Builds a [UtaSubDepositRecordsRequest], checked on construction: Filters of a sub-account's deposit history.
 *
 * @param subUid the sub-account's uid (required, sent as `subUid`)
 * @param startTime earliest deposit (required, sent as `startTime`)
 * @param endTime latest deposit (required, sent as `endTime`)
 * @param coin e.g. USDT; unset for all (optional, sent as `coin`)
 * @param limit page size (Bitget's default 20) (optional, greater than 0, at most 100, sent as `limit`)
 * @param cursor paging: the smallest orderId of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaSubDepositRecordsRequest(
    subUid: String,
    startTime: Instant,
    endTime: Instant,
    coin: String? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSubDepositRecordsRequest = UtaSubDepositRecordsRequest(subUid, startTime, endTime, coin, limit, cursor, extraParams)

/**
 * Builds a [UtaWithdrawRequest], checked on construction: A withdrawal; the address must be in the web address book.
 *
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param transferType on chain or internal (required, sent as `transferType`)
 * @param address chain address; for internal: uid, email or phone per innerToType (required, sent as `address`)
 * @param size amount (Lightning: exactly the invoice amount) (required, greater than 0, sent as `size`)
 * @param chain on chain: the network, e.g. trc20 (optional, sent as `chain`)
 * @param innerToType internal: how address names the receiver (Bitget's default uid) (optional, sent as `innerToType`)
 * @param areaCode phone area code, when innerToType is mobile (optional, sent as `areaCode`)
 * @param tag memo or tag, for the chains that need one (optional, sent as `tag`)
 * @param remark your note (optional, sent as `remark`)
 * @param clientOid your id of the withdrawal (optional, sent as `clientOid`)
 * @param accountType accounts to take it from, comma-separated: funding, otc, uta (in that order) (optional, sent as `accountType`)
 * @param memberCode travel rule: receiving exchange, e.g. bithumb, korbit, coinone (optional, sent as `memberCode`)
 * @param identityType travel rule: receiver is a company or a person (optional, sent as `identityType`)
 * @param companyName travel rule: when identityType is company (optional, sent as `companyName`)
 * @param firstName travel rule: when identityType is user (optional, sent as `firstName`)
 * @param lastName travel rule: when identityType is user (optional, sent as `lastName`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaWithdrawRequest(
    coin: String,
    transferType: UtaTransferMethod,
    address: String,
    size: BigDecimal,
    chain: String? = null,
    innerToType: UtaInnerToType? = null,
    areaCode: String? = null,
    tag: String? = null,
    remark: String? = null,
    clientOid: String? = null,
    accountType: String? = null,
    memberCode: String? = null,
    identityType: UtaIdentityType? = null,
    companyName: String? = null,
    firstName: String? = null,
    lastName: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaWithdrawRequest = UtaWithdrawRequest(coin, transferType, address, size, chain, innerToType, areaCode, tag, remark, clientOid, accountType, memberCode, identityType, companyName, firstName, lastName, extraParams)

/**
 * Builds a [UtaWithdrawRecordsRequest], checked on construction: Filters of the withdrawal history.
 *
 * @param startTime earliest withdrawal (required, sent as `startTime`)
 * @param endTime latest withdrawal (required, sent as `endTime`)
 * @param coin e.g. USDT; unset for all (optional, sent as `coin`)
 * @param orderId one withdrawal, by Bitget's id (wins over clientOid) (optional, sent as `orderId`)
 * @param clientOid one withdrawal, by your id (optional, sent as `clientOid`)
 * @param limit page size (Bitget's default 20) (optional, greater than 0, at most 100, sent as `limit`)
 * @param cursor paging: the smallest orderId of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaWithdrawRecordsRequest(
    startTime: Instant,
    endTime: Instant,
    coin: String? = null,
    orderId: String? = null,
    clientOid: String? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaWithdrawRecordsRequest = UtaWithdrawRecordsRequest(startTime, endTime, coin, orderId, clientOid, limit, cursor, extraParams)

/**
 * Builds a [UtaAddressBookRequest], checked on construction: Filters of the withdrawal address book; all optional.
 *
 * @param coin e.g. USDT (optional, sent as `coin`)
 * @param type kind of entry (optional, sent as `type`)
 * @param limit page size (optional, greater than 0, sent as `limit`)
 * @param cursor paging: the cursor of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaAddressBookRequest(
    coin: String? = null,
    type: UtaAddressBookType? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaAddressBookRequest = UtaAddressBookRequest(coin, type, limit, cursor, extraParams)

/**
 * Builds a [UtaCancelWithdrawalRequest], checked on construction: Names one withdrawal, by Bitget's id or by yours.
 *
 * @param orderId Bitget's id; wins over clientOid (optional, sent as `orderId`)
 * @param clientOid your id (optional, sent as `clientOid`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCancelWithdrawalRequest(
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCancelWithdrawalRequest = UtaCancelWithdrawalRequest(orderId, clientOid, extraParams)
