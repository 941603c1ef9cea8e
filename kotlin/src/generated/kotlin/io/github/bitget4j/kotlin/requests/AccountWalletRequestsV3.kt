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

/** Builds a [UtaCoinRequest], checked on construction: Names one coin. */
public fun utaCoinRequest(
    coin: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCoinRequest = UtaCoinRequest(coin, extraParams)

/** Builds a [UtaTransferableCoinsRequest], checked on construction: A pair of account types. */
public fun utaTransferableCoinsRequest(
    fromType: UtaTransferAccountType,
    toType: UtaTransferAccountType,
    extraParams: Map<String, Any> = emptyMap(),
): UtaTransferableCoinsRequest = UtaTransferableCoinsRequest(fromType, toType, extraParams)

/** Builds a [UtaTransferRequest], checked on construction: A transfer within one user's accounts. */
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

/** Builds a [UtaSubTransferRequest], checked on construction: A transfer between two accounts of one main account. */
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

/** Builds a [UtaSubToMainTransferRequest], checked on construction: A transfer from a sub-account to its main account. */
public fun utaSubToMainTransferRequest(
    fromType: UtaTransferAccountType,
    toType: UtaTransferAccountType,
    amount: BigDecimal,
    coin: String,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSubToMainTransferRequest = UtaSubToMainTransferRequest(fromType, toType, amount, coin, clientOid, extraParams)

/** Builds a [UtaSubTransferRecordsRequest], checked on construction: Filters of the main/sub transfer history; all optional. */
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

/** Builds a [UtaDepositAccountRequest], checked on construction: The deposit account of one coin. */
public fun utaDepositAccountRequest(
    coin: String,
    accountType: UtaDepositAccountType,
    extraParams: Map<String, Any> = emptyMap(),
): UtaDepositAccountRequest = UtaDepositAccountRequest(coin, accountType, extraParams)

/** Builds a [UtaDepositAddressRequest], checked on construction: The coin and chain of a deposit address. */
public fun utaDepositAddressRequest(
    coin: String,
    chain: String? = null,
    size: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaDepositAddressRequest = UtaDepositAddressRequest(coin, chain, size, extraParams)

/** Builds a [UtaSubDepositAddressRequest], checked on construction: The sub-account, coin and chain of a deposit address. */
public fun utaSubDepositAddressRequest(
    subUid: String,
    coin: String,
    chain: String? = null,
    size: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSubDepositAddressRequest = UtaSubDepositAddressRequest(subUid, coin, chain, size, extraParams)

/** Builds a [UtaDepositRecordsRequest], checked on construction: Filters of the deposit history. */
public fun utaDepositRecordsRequest(
    startTime: Instant,
    endTime: Instant,
    coin: String? = null,
    orderId: String? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaDepositRecordsRequest = UtaDepositRecordsRequest(startTime, endTime, coin, orderId, limit, cursor, extraParams)

/** Builds a [UtaSubDepositRecordsRequest], checked on construction: Filters of a sub-account's deposit history. */
public fun utaSubDepositRecordsRequest(
    subUid: String,
    startTime: Instant,
    endTime: Instant,
    coin: String? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaSubDepositRecordsRequest = UtaSubDepositRecordsRequest(subUid, startTime, endTime, coin, limit, cursor, extraParams)

/** Builds a [UtaWithdrawRequest], checked on construction: A withdrawal; the address must be in the web address book. */
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

/** Builds a [UtaWithdrawRecordsRequest], checked on construction: Filters of the withdrawal history. */
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

/** Builds a [UtaAddressBookRequest], checked on construction: Filters of the withdrawal address book; all optional. */
public fun utaAddressBookRequest(
    coin: String? = null,
    type: UtaAddressBookType? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaAddressBookRequest = UtaAddressBookRequest(coin, type, limit, cursor, extraParams)

/** Builds a [UtaCancelWithdrawalRequest], checked on construction: Names one withdrawal, by Bitget's id or by yours. */
public fun utaCancelWithdrawalRequest(
    orderId: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCancelWithdrawalRequest = UtaCancelWithdrawalRequest(orderId, clientOid, extraParams)
