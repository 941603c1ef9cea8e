// Generated from codegen/model/v3/tax.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("TaxRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.MarginMode
import io.github.bitget4j.model.v3.UtaBizType
import io.github.bitget4j.model.v3.UtaTaxRecordsRequest
import java.time.Instant

/**
 * Builds a [UtaTaxRecordsRequest], checked on construction: Filters of the tax records.
 *
 * @param bizType the product line (required, sent as `bizType`)
 * @param startTime earliest record (required, sent as `startTime`)
 * @param endTime latest record; at most 7 days after startTime (required, sent as `endTime`)
 * @param marginType MARGIN only: crossed (Bitget's default) or isolated (optional, sent as `marginType`)
 * @param coin e.g. USDT; unset for all (optional, sent as `coin`)
 * @param limit page size (Bitget's default 500) (optional, greater than 0, at most 500, sent as `limit`)
 * @param cursor paging: the last id of the previous page (optional, sent as `cursor`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun utaTaxRecordsRequest(
    bizType: UtaBizType,
    startTime: Instant,
    endTime: Instant,
    marginType: MarginMode? = null,
    coin: String? = null,
    limit: Int? = null,
    cursor: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): UtaTaxRecordsRequest = UtaTaxRecordsRequest(bizType, startTime, endTime, marginType, coin, limit, cursor, extraParams)
