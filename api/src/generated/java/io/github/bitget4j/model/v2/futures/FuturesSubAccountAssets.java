// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.util.List;

/**
 * Futures balances of one sub-account.
 *
 * @param userId sub-account uid (a JSON number on the wire).
 * @param assetList asset list ({@code assetList})
 */
public record FuturesSubAccountAssets(
        String userId,
        List<FuturesSubAccountAsset> assetList) {
}
