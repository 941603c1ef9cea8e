// Generated from codegen/model/v2/tax.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("TaxRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.futures.ProductType
import io.github.bitget4j.model.v2.tax.TaxFuturesRecordsRequest
import io.github.bitget4j.model.v2.tax.TaxMarginRecordsRequest
import io.github.bitget4j.model.v2.tax.TaxRecordsRequest
import io.github.bitget4j.model.v3.MarginMode
import java.time.Instant

/**
 * Builds a [TaxRecordsRequest], checked on construction: A time window of records, optionally for one coin.
 *
 * @param coin unset for every coin (optional, sent as `coin`)
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime Bitget caps the window (30 or 366 days depending on the doc version) (required, sent as `endTime`)
 * @param limit default 500 (optional, greater than 0, at most 500, sent as `limit`)
 * @param idLessThan id of the last record of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun taxRecordsRequest(
    coin: String? = null,
    startTime: Instant,
    endTime: Instant,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): TaxRecordsRequest = TaxRecordsRequest(coin, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [TaxFuturesRecordsRequest], checked on construction.
 *
 * @param productType unset for every product line (optional, sent as `productType`)
 * @param marginCoin margin coin, e.g. USDT (optional, sent as `marginCoin`)
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime end of the time range (required, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 500, sent as `limit`)
 * @param idLessThan id of the last record of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun taxFuturesRecordsRequest(
    productType: ProductType? = null,
    marginCoin: String? = null,
    startTime: Instant,
    endTime: Instant,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): TaxFuturesRecordsRequest = TaxFuturesRecordsRequest(productType, marginCoin, startTime, endTime, limit, idLessThan, extraParams)

/**
 * Builds a [TaxMarginRecordsRequest], checked on construction.
 *
 * @param marginType crossed or isolated (a query field here); unset for both (optional, sent as `marginType`)
 * @param coin coin, e.g. USDT (optional, sent as `coin`)
 * @param startTime start of the time range (required, sent as `startTime`)
 * @param endTime end of the time range (required, sent as `endTime`)
 * @param limit number of items per page (optional, greater than 0, at most 500, sent as `limit`)
 * @param idLessThan id of the last record of the previous page (optional, sent as `idLessThan`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun taxMarginRecordsRequest(
    marginType: MarginMode? = null,
    coin: String? = null,
    startTime: Instant,
    endTime: Instant,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): TaxMarginRecordsRequest = TaxMarginRecordsRequest(marginType, coin, startTime, endTime, limit, idLessThan, extraParams)
