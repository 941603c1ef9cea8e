// Generated from codegen/model/v2/copy-broker.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("CopyBrokerRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.copy.CopyBrokerTracesRequest
import io.github.bitget4j.model.v2.copy.CopyBrokerTradersRequest
import io.github.bitget4j.model.v2.copy.CopyProductType
import io.github.bitget4j.model.v2.copy.CopySortOrder
import java.time.Instant

/** Builds a [CopyBrokerTradersRequest], checked on construction. */
public fun copyBrokerTradersRequest(
    traderId: String? = null,
    traderName: String? = null,
    fullStatus: String? = null,
    sortRule: String? = null,
    sortFlag: CopySortOrder? = null,
    languageType: String? = null,
    pageSize: Int? = null,
    pageNo: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyBrokerTradersRequest = CopyBrokerTradersRequest(traderId, traderName, fullStatus, sortRule, sortFlag, languageType, pageSize, pageNo, extraParams)

/** Builds a [CopyBrokerTracesRequest], checked on construction: Filters one trader's tracked orders. */
public fun copyBrokerTracesRequest(
    traderId: String,
    symbol: String? = null,
    productType: CopyProductType,
    idLessThan: String? = null,
    idGreaterThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopyBrokerTracesRequest = CopyBrokerTracesRequest(traderId, symbol, productType, idLessThan, idGreaterThan, startTime, endTime, limit, extraParams)
