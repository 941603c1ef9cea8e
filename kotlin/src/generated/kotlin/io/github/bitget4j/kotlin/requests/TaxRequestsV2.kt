// Generated from codegen/model/v2/tax.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("TaxRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.futures.ProductType
import io.github.bitget4j.model.v2.tax.TaxFuturesRecordsRequest
import io.github.bitget4j.model.v2.tax.TaxMarginRecordsRequest
import io.github.bitget4j.model.v2.tax.TaxRecordsRequest
import io.github.bitget4j.model.v3.MarginMode
import java.time.Instant

/** Builds a [TaxRecordsRequest], checked on construction: A time window of records, optionally for one coin. */
public fun taxRecordsRequest(
    coin: String? = null,
    startTime: Instant,
    endTime: Instant,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): TaxRecordsRequest = TaxRecordsRequest(coin, startTime, endTime, limit, idLessThan, extraParams)

/** Builds a [TaxFuturesRecordsRequest], checked on construction. */
public fun taxFuturesRecordsRequest(
    productType: ProductType? = null,
    marginCoin: String? = null,
    startTime: Instant,
    endTime: Instant,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): TaxFuturesRecordsRequest = TaxFuturesRecordsRequest(productType, marginCoin, startTime, endTime, limit, idLessThan, extraParams)

/** Builds a [TaxMarginRecordsRequest], checked on construction. */
public fun taxMarginRecordsRequest(
    marginType: MarginMode? = null,
    coin: String? = null,
    startTime: Instant,
    endTime: Instant,
    limit: Int? = null,
    idLessThan: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): TaxMarginRecordsRequest = TaxMarginRecordsRequest(marginType, coin, startTime, endTime, limit, idLessThan, extraParams)
