// Generated from codegen/model/v2/account.model by bitget4j-codegen; edit the model, not this file.
@file:JvmName("AccountRequestsV2")

package io.github.bitget4j.kotlin.requests

import io.github.bitget4j.model.v2.ClassicAccountBotRequest
import io.github.bitget4j.model.v2.ClassicAccountCoinRequest

/**
 * Builds a [ClassicAccountCoinRequest], checked on construction: Names one coin; all optional.
 *
 * @param coin e.g. USDT; unset for every coin (optional, sent as `coin`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun classicAccountCoinRequest(
    coin: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): ClassicAccountCoinRequest = ClassicAccountCoinRequest(coin, extraParams)

/**
 * Builds a [ClassicAccountBotRequest], checked on construction: Names one bot account type; all optional.
 *
 * @param accountType futures or spot; unset for both (optional, sent as `accountType`)
 * @param extraParams parameters the model does not know yet, sent as given
 * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
 */
public fun classicAccountBotRequest(
    accountType: String? = null,
    extraParams: Map<String, Any> = emptyMap(),
): ClassicAccountBotRequest = ClassicAccountBotRequest(accountType, extraParams)
