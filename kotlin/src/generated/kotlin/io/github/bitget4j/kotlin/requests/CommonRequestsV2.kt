// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("CommonRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.CommonAllTradeRatesRequest
import io.github.bitget4j.model.CommonAnnouncementType
import io.github.bitget4j.model.CommonAnnouncementsRequest
import io.github.bitget4j.model.CommonBusinessType
import io.github.bitget4j.model.CommonTradeRateRequest
import java.time.Instant

/**
 * Builds a [CommonAnnouncementsRequest], checked on construction: Parameters of the announcement query.
 *
 * @param annType one category; unset for all (optional, sent as `annType`)
 * @param startTime earliest announcement time (optional, sent as `startTime`)
 * @param endTime latest announcement time (optional, sent as `endTime`)
 * @param language zh_CN or en_US; an unsupported one gives English (required, sent as `language`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun commonAnnouncementsRequest(
    annType: CommonAnnouncementType? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    language: String,
    extraParams: Map<String, Any> = emptyMap(),
): CommonAnnouncementsRequest = CommonAnnouncementsRequest(annType, startTime, endTime, language, extraParams)

/**
 * Builds a [CommonTradeRateRequest], checked on construction: Names a symbol and product line.
 *
 * @param symbol e.g. BTCUSDT (required, sent as `symbol`)
 * @param businessType spot, margin or mix (futures) (required, sent as `businessType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun commonTradeRateRequest(
    symbol: String,
    businessType: CommonBusinessType,
    extraParams: Map<String, Any> = emptyMap(),
): CommonTradeRateRequest = CommonTradeRateRequest(symbol, businessType, extraParams)

/**
 * Builds a [CommonAllTradeRatesRequest], checked on construction: Names a product line.
 *
 * @param businessType spot, margin or mix (futures) (required, sent as `businessType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun commonAllTradeRatesRequest(
    businessType: CommonBusinessType,
    extraParams: Map<String, Any> = emptyMap(),
): CommonAllTradeRatesRequest = CommonAllTradeRatesRequest(businessType, extraParams)
