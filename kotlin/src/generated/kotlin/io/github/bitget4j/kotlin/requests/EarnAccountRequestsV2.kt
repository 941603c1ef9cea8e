// Generated from codegen/model/v2/earn-account.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("EarnAccountRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.earn.EarnAccountRequest

/**
 * Builds a [EarnAccountRequest], checked on construction.
 *
 * @param coin e.g. USDT; unset for every coin (optional, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun earnAccountRequest(
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): EarnAccountRequest = EarnAccountRequest(coin, extraParams)
