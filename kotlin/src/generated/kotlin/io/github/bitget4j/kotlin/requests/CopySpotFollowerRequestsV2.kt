// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("CopySpotFollowerRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.copy.CopyAutoCopy
import io.github.bitget4j.model.v2.copy.CopyFollowMode
import io.github.bitget4j.model.v2.copy.CopySpotFollowerOrdersRequest
import io.github.bitget4j.model.v2.copy.CopySpotFollowerSettingsRequest
import io.github.bitget4j.model.v2.copy.CopySpotFollowerSymbolSettingRequest
import io.github.bitget4j.model.v2.copy.CopyTraceType
import io.github.bitget4j.model.v2.copy.CopyTrackingNosRequest
import java.math.BigDecimal
import java.time.Instant

/**
 * Builds a [CopyTrackingNosRequest], checked on construction.
 *
 * @param trackingNoList at most 50; either all succeed or none (required, not empty, sent as `trackingNoList`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copyTrackingNosRequest(
    trackingNoList: List<String>,
    extraParams: Map<String, Any> = emptyMap(),
): CopyTrackingNosRequest = CopyTrackingNosRequest(trackingNoList, extraParams)

/**
 * Builds a [CopySpotFollowerOrdersRequest], checked on construction: Filters a follower's copied spot orders.
 *
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param traderId only orders copied from this trader (optional, sent as `traderId`)
 * @param idLessThan endId of the previous page (older data) (optional, sent as `idLessThan`)
 * @param idGreaterThan endId of the previous page (newer data) (optional, sent as `idGreaterThan`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 20 (optional, greater than 0, at most 50, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copySpotFollowerOrdersRequest(
    symbol: String? = null,
    traderId: String? = null,
    idLessThan: String? = null,
    idGreaterThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotFollowerOrdersRequest = CopySpotFollowerOrdersRequest(symbol, traderId, idLessThan, idGreaterThan, startTime, endTime, limit, extraParams)

/**
 * Builds a [CopySpotFollowerSymbolSettingRequest], checked on construction: How one spot symbol of a trader is copied.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param traceType count only in advanced mode (required, sent as `traceType`)
 * @param maxHoldSize largest quantity bought by copying (required, greater than 0, sent as `maxHoldSize`)
 * @param traceValue ratio, amount or quantity, as traceType says (required, greater than 0, sent as `traceValue`)
 * @param stopLossRatio stop-loss, whole percent (10 = 10%) (optional, greater than 0, sent as `stopLossRatio`)
 * @param stopSurplusRatio take-profit, whole percent (10 = 10%) (optional, greater than 0, sent as `stopSurplusRatio`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copySpotFollowerSymbolSettingRequest(
    symbol: String,
    traceType: CopyTraceType,
    maxHoldSize: BigDecimal,
    traceValue: BigDecimal,
    stopLossRatio: Int? = null,
    stopSurplusRatio: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotFollowerSymbolSettingRequest = CopySpotFollowerSymbolSettingRequest(symbol, traceType, maxHoldSize, traceValue, stopLossRatio, stopSurplusRatio, extraParams)

/**
 * Builds a [CopySpotFollowerSettingsRequest], checked on construction.
 *
 * @param traderId trader id (required, sent as `traderId`)
 * @param autoCopy basic mode only (optional, sent as `autoCopy`)
 * @param mode default advanced (optional, sent as `mode`)
 * @param settings settings (a list) (required, not empty, sent as `settings`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copySpotFollowerSettingsRequest(
    traderId: String,
    autoCopy: CopyAutoCopy? = null,
    mode: CopyFollowMode? = null,
    settings: List<CopySpotFollowerSymbolSettingRequest>,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotFollowerSettingsRequest = CopySpotFollowerSettingsRequest(traderId, autoCopy, mode, settings, extraParams)
