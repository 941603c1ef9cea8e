// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of merchants.
 *
 * @param merchantList merchant list ({@code merchantList})
 * @param minMerchantId pass as idLessThan for the next page.
 */
public record P2pMerchants(
        @Nullable List<P2pMerchant> merchantList,
        @Nullable String minMerchantId) {
}
