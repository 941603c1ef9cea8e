// Generated from codegen/model/v2/copy-broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import org.jspecify.annotations.Nullable;

/**
 * One labelled performance figure of a trader.
 *
 * @param describe label, e.g. ROI.
 * @param value value as displayed, may carry a $ sign.
 */
public record CopyBrokerTraderColumn(
        @Nullable String describe,
        @Nullable String value) {
}
