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

/** Builds a [CopyTrackingNosRequest], checked on construction. */
public fun copyTrackingNosRequest(
    trackingNoList: List<String>,
    extraParams: Map<String, Any> = emptyMap(),
): CopyTrackingNosRequest = CopyTrackingNosRequest(trackingNoList, extraParams)

/** Builds a [CopySpotFollowerOrdersRequest], checked on construction: Filters a follower's copied spot orders. */
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

/** Builds a [CopySpotFollowerSymbolSettingRequest], checked on construction: How one spot symbol of a trader is copied. */
public fun copySpotFollowerSymbolSettingRequest(
    symbol: String,
    traceType: CopyTraceType,
    maxHoldSize: BigDecimal,
    traceValue: BigDecimal,
    stopLossRatio: Int? = null,
    stopSurplusRatio: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotFollowerSymbolSettingRequest = CopySpotFollowerSymbolSettingRequest(symbol, traceType, maxHoldSize, traceValue, stopLossRatio, stopSurplusRatio, extraParams)

/** Builds a [CopySpotFollowerSettingsRequest], checked on construction. */
public fun copySpotFollowerSettingsRequest(
    traderId: String,
    autoCopy: CopyAutoCopy? = null,
    mode: CopyFollowMode? = null,
    settings: List<CopySpotFollowerSymbolSettingRequest>,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotFollowerSettingsRequest = CopySpotFollowerSettingsRequest(traderId, autoCopy, mode, settings, extraParams)
