// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of advertisements.
 *
 * @param advList adv list ({@code advList})
 * @param minAdvId pass as idLessThan for the next page.
 */
public record P2pAdvertisements(
        @Nullable List<P2pAdvertisement> advList,
        @Nullable String minAdvId) {
}
