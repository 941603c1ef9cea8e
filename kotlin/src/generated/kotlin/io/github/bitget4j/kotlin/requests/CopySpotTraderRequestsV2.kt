// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("CopySpotTraderRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.copy.CopySpotFollowersRequest
import io.github.bitget4j.model.v2.copy.CopySpotSellRequest
import io.github.bitget4j.model.v2.copy.CopySpotSymbolSettingType
import io.github.bitget4j.model.v2.copy.CopySpotTpslRequest
import io.github.bitget4j.model.v2.copy.CopySpotTraderOrdersRequest
import io.github.bitget4j.model.v2.copy.CopySpotTraderSymbolsRequest
import java.math.BigDecimal
import java.time.Instant

/**
 * Builds a [CopySpotTpslRequest], checked on construction: Take-profit / stop-loss of one spot tracked order.
 *
 * @param trackingNo tracking no (required, sent as `trackingNo`)
 * @param stopSurplusPrice take-profit price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as `stopSurplusPrice`)
 * @param stopLossPrice stop-loss price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as `stopLossPrice`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copySpotTpslRequest(
    trackingNo: String,
    stopSurplusPrice: BigDecimal? = null,
    stopLossPrice: BigDecimal? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotTpslRequest = CopySpotTpslRequest(trackingNo, stopSurplusPrice, stopLossPrice, extraParams)

/**
 * Builds a [CopySpotSellRequest], checked on construction: Sells spot tracked orders of one symbol.
 *
 * @param trackingNoList tracking numbers to sell (required, not empty, sent as `trackingNoList`)
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as `symbol`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copySpotSellRequest(
    trackingNoList: List<String>,
    symbol: String,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotSellRequest = CopySpotSellRequest(trackingNoList, symbol, extraParams)

/**
 * Builds a [CopySpotTraderOrdersRequest], checked on construction: Filters a spot trader's tracked orders.
 *
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as `symbol`)
 * @param idLessThan endId of the previous page (older data) (optional, sent as `idLessThan`)
 * @param idGreaterThan endId of the previous page (newer data) (optional, sent as `idGreaterThan`)
 * @param startTime start of the time range (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param limit default 20 (optional, greater than 0, at most 50, sent as `limit`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copySpotTraderOrdersRequest(
    symbol: String? = null,
    idLessThan: String? = null,
    idGreaterThan: String? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    limit: Int? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotTraderOrdersRequest = CopySpotTraderOrdersRequest(symbol, idLessThan, idGreaterThan, startTime, endTime, limit, extraParams)

/**
 * Builds a [CopySpotTraderSymbolsRequest], checked on construction.
 *
 * @param symbolList symbol list (a list) (required, not empty, sent as `symbolList`)
 * @param settingType setting type, one of `add`, `delete` (required, sent as `settingType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copySpotTraderSymbolsRequest(
    symbolList: List<String>,
    settingType: CopySpotSymbolSettingType,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotTraderSymbolsRequest = CopySpotTraderSymbolsRequest(symbolList, settingType, extraParams)

/**
 * Builds a [CopySpotFollowersRequest], checked on construction.
 *
 * @param pageNo from 1 (optional, greater than 0, sent as `pageNo`)
 * @param pageSize default 30 (optional, greater than 0, at most 1000, sent as `pageSize`)
 * @param startTime span at most three months (optional, sent as `startTime`)
 * @param endTime end of the time range (optional, sent as `endTime`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun copySpotFollowersRequest(
    pageNo: Int? = null,
    pageSize: Int? = null,
    startTime: Instant? = null,
    endTime: Instant? = null,
    extraParams: Map<String, Any> = emptyMap(),
): CopySpotFollowersRequest = CopySpotFollowersRequest(pageNo, pageSize, startTime, endTime, extraParams)
