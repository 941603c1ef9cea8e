// Generated from codegen/model/v3/tax.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("TaxRequestsV3")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v3.MarginMode
import io.github.bitget4j.model.v3.UtaBizType
import io.github.bitget4j.model.v3.UtaTaxRecordsRequest
import java.time.Instant

/** Builds a [UtaTaxRecordsRequest], checked on construction: Filters of the tax records. */
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
