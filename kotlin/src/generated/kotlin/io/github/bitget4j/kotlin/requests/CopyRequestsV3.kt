// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("CopyRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.UtaCopyFollowersRequest
import io.github.bitget4j.model.v3.UtaCopyMaxTransferableRequest
import io.github.bitget4j.model.v3.UtaCopyProfitDetailsRequest
import io.github.bitget4j.model.v3.UtaCopyTransferRecordsRequest
import io.github.bitget4j.model.v3.UtaCopyTransferRequest
import io.github.bitget4j.model.v3.UtaCopyTransferType
import java.math.BigDecimal

/**
 * Builds a [UtaCopyTransferRequest], checked on construction: One transfer of the lead account.
 *
 * @param type in or out of the lead account (required, sent as `type`)
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param amount amount to move (required, greater than 0, sent as `amount`)
 * @param inAccountType for a transfer in: source accounts, comma-separated (funding, uta, otc) (optional, sent as `inAccountType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCopyTransferRequest(
    type: UtaCopyTransferType,
    coin: String,
    amount: BigDecimal,
    inAccountType: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCopyTransferRequest = UtaCopyTransferRequest(type, coin, amount, inAccountType, extraParams)

/**
 * Builds a [UtaCopyMaxTransferableRequest], checked on construction: Names the coin.
 *
 * @param coin e.g. USDT (required, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCopyMaxTransferableRequest(
    coin: String,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCopyMaxTransferableRequest = UtaCopyMaxTransferableRequest(coin, extraParams)

/**
 * Builds a [UtaCopyTransferRecordsRequest], checked on construction: Filters of the lead account transfer history; all optional.
 *
 * @param startTime earliest transfer, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest transfer, Unix milliseconds (optional, sent as `endTime`)
 * @param limit page size (Bitget's default 20) (optional, greater than 0, at most 100, sent as `limit`)
 * @param cursor paging: the transferId of the last record of the previous page (gives newer records) (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCopyTransferRecordsRequest(
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCopyTransferRecordsRequest = UtaCopyTransferRecordsRequest(startTime, endTime, limit, cursor, extraParams)

/**
 * Builds a [UtaCopyFollowersRequest], checked on construction: Paging of a follower list; all optional.
 *
 * @param limit page size (optional, greater than 0, sent as `limit`)
 * @param cursor paging: where the previous page ended (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCopyFollowersRequest(
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCopyFollowersRequest = UtaCopyFollowersRequest(limit, cursor, extraParams)

/**
 * Builds a [UtaCopyProfitDetailsRequest], checked on construction: Filters of the profit sharing details; all optional.
 *
 * @param startTime earliest settlement, Unix milliseconds (optional, sent as `startTime`)
 * @param endTime latest settlement, Unix milliseconds (optional, sent as `endTime`)
 * @param limit page size (optional, greater than 0, sent as `limit`)
 * @param cursor paging: the nextCursor of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaCopyProfitDetailsRequest(
    startTime: Long? = null,
    endTime: Long? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaCopyProfitDetailsRequest = UtaCopyProfitDetailsRequest(startTime, endTime, limit, cursor, extraParams)
