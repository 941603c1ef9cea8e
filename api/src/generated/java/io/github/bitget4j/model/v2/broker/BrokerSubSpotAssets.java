// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Spot balances of a sub-account.
 *
 * @param assetsList assets list ({@code assetsList})
 */
public record BrokerSubSpotAssets(
        @Nullable List<BrokerSubSpotAsset> assetsList) {
}
