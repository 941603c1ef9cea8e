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

/** Builds a [SpotTransferRequest], checked on construction: A transfer between account types. */
public fun spotTransferRequest(
    fromType: SpotAccountType,
    toType: SpotAccountType,
    amount: BigDecimal,
    coin: String,
    symbol: String? = null,
    clientOid: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotTransferRequest = SpotTransferRequest(fromType, toType, amount, coin, symbol, clientOid, extraParams)

/** Builds a [SpotTransferableCoinsRequest], checked on construction: A pair of account types. */
public fun spotTransferableCoinsRequest(
    fromType: SpotAccountType,
    toType: SpotAccountType,
    extraParams: Map<String, Any> = emptyMap(),
): SpotTransferableCoinsRequest = SpotTransferableCoinsRequest(fromType, toType, extraParams)

/** Builds a [SpotSubTransferRequest], checked on construction: A transfer between related accounts. */
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

/** Builds a [SpotWithdrawRequest], checked on construction: A withdrawal. */
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

/** Builds a [SpotCancelWithdrawalRequest], checked on construction: Names one withdrawal. */
public fun spotCancelWithdrawalRequest(
    orderId: String,
    extraParams: Map<String, Any> = emptyMap(),
): SpotCancelWithdrawalRequest = SpotCancelWithdrawalRequest(orderId, extraParams)

/** Builds a [SpotWithdrawalRecordsRequest], checked on construction: Parameters of the withdrawal record query. */
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

/** Builds a [SpotDepositAddressRequest], checked on construction: Parameters of the deposit address query. */
public fun spotDepositAddressRequest(
    coin: String,
    chain: String? = null,
    size: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotDepositAddressRequest = SpotDepositAddressRequest(coin, chain, size, extraParams)

/** Builds a [SpotSubDepositAddressRequest], checked on construction: Parameters of the sub-account deposit address query. */
public fun spotSubDepositAddressRequest(
    subUid: String,
    coin: String,
    chain: String? = null,
    size: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotSubDepositAddressRequest = SpotSubDepositAddressRequest(subUid, coin, chain, size, extraParams)

/** Builds a [SpotDepositRecordsRequest], checked on construction: Parameters of the deposit record query. */
public fun spotDepositRecordsRequest(
    coin: String? = null,
    orderId: String? = null,
    startTime: Instant,
    endTime: Instant,
    idLessThan: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotDepositRecordsRequest = SpotDepositRecordsRequest(coin, orderId, startTime, endTime, idLessThan, limit, extraParams)

/** Builds a [SpotSubDepositRecordsRequest], checked on construction: Parameters of the sub-account deposit record query. */
public fun spotSubDepositRecordsRequest(
    subUid: String,
    coin: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    idLessThan: String? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotSubDepositRecordsRequest = SpotSubDepositRecordsRequest(subUid, coin, startTime, endTime, idLessThan, limit, extraParams)

/** Builds a [SpotModifyDepositAccountRequest], checked on construction: The account type to credit deposits of a coin to. */
public fun spotModifyDepositAccountRequest(
    accountType: String,
    coin: String,
    extraParams: Map<String, Any> = emptyMap(),
): SpotModifyDepositAccountRequest = SpotModifyDepositAccountRequest(accountType, coin, extraParams)
