// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("CommonRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.CommonAllTradeRatesRequest
import io.github.bitget4j.model.CommonAnnouncementType
import io.github.bitget4j.model.CommonAnnouncementsRequest
import io.github.bitget4j.model.CommonBusinessType
import io.github.bitget4j.model.CommonTradeRateRequest
import java.time.Instant

/** Builds a [CommonAnnouncementsRequest], checked on construction: Parameters of the announcement query. */
public fun commonAnnouncementsRequest(
    annType: CommonAnnouncementType? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    language: String,
    extraParams: Map<String, Any> = emptyMap(),
): CommonAnnouncementsRequest = CommonAnnouncementsRequest(annType, startTime, endTime, language, extraParams)

/** Builds a [CommonTradeRateRequest], checked on construction: Names a symbol and product line. */
public fun commonTradeRateRequest(
    symbol: String,
    businessType: CommonBusinessType,
    extraParams: Map<String, Any> = emptyMap(),
): CommonTradeRateRequest = CommonTradeRateRequest(symbol, businessType, extraParams)

/** Builds a [CommonAllTradeRatesRequest], checked on construction: Names a product line. */
public fun commonAllTradeRatesRequest(
    businessType: CommonBusinessType,
    extraParams: Map<String, Any> = emptyMap(),
): CommonAllTradeRatesRequest = CommonAllTradeRatesRequest(businessType, extraParams)
