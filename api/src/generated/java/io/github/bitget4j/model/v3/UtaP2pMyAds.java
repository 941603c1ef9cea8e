// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of your P2P ads.
 *
 * @param items the ads.
 * @param nextId pass as the request's cursor for the next page; absent on the last.
 */
public record UtaP2pMyAds(
        List<UtaP2pMyAd> items,
        @Nullable String nextId) {
}
