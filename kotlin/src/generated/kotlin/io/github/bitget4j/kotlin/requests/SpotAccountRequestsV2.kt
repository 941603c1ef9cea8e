// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("SpotAccountRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.SpotAssetsRequest

/** Builds a [SpotAssetsRequest], checked on construction: Parameters of the V2 spot account assets query. */
public fun spotAssetsRequest(
    coin: String? = null,
    assetType: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): SpotAssetsRequest = SpotAssetsRequest(coin, assetType, extraParams)
