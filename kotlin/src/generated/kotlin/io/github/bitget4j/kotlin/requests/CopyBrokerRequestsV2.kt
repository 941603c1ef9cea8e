// Generated from codegen/model/v2/copy-broker.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("CopyBrokerRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.copy.CopyBrokerTracesRequest
import io.github.bitget4j.model.v2.copy.CopyBrokerTradersRequest
import io.github.bitget4j.model.v2.copy.CopyProductType
import io.github.bitget4j.model.v2.copy.CopySortOrder
import java.time.Instant

/**
 * Builds a [CopyBrokerTradersRequest], checked on construction.
 *
 * @param traderId trader id (optional, sent as `traderId`)
 * @param traderName fuzzy match on the alias (optional, sent as `traderName`)
 * @param fullStatus full (traders at their follower cap) or all (default) (optional, sent as `fullStatus`)
 * @param sortRule composite (default), roi, totalPL or aum (optional, sent as `sortRule`)
 * @param sortFlag default desc (optional, sent as `sortFlag`)
 * @param languageType zh-CN or en-US: language of columnList describe texts (optional, sent as `languageType`)
 * @param pageSize default 20 (optional, greater than 0, at most 20, sent as `pageSize`)
 * @param pageNo from 1 (optional, greater than 0, sent as `pageNo`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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

/**
 * Builds a [CopyBrokerTracesRequest], checked on construction: Filters one trader's tracked orders.
 *
 * @param traderId the trader's user id (required, sent as `traderId`)
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param productType futures product line, e.g. USDT-FUTURES, one of `USDT-FUTURES`, `COIN-FUTURES`, `USDC-FUTURES` (required, sent as `productType`)
 * @param idLessThan endId of the previous page (older data) (optional, sent as `idLessThan`)
 * @param idGreaterThan endId of the previous page (newer data) (optional, sent as `idGreaterThan`)
 * @param startTime copy creation time; span at most three months (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 100, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
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
