// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The spot traders the caller follows.
 *
 * @param resultList result list ({@code resultList})
 */
public record CopySpotFollowedTraders(
        @Nullable List<CopySpotFollowedTrader> resultList) {
}
