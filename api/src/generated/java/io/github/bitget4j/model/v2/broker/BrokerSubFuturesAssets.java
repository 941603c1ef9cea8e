// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Futures balances of a sub-account.
 *
 * @param assetsList assets list ({@code assetsList})
 */
public record BrokerSubFuturesAssets(
        @Nullable List<BrokerSubFuturesAsset> assetsList) {
}
