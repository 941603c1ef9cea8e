// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Spot balances of one sub-account.
 *
 * @param userId the sub-account's user id (a JSON number on the wire).
 * @param assetsList one entry per coin held.
 */
public record SpotSubAccountAssets(
        String userId,
        @Nullable List<SpotAsset> assetsList) {
}
