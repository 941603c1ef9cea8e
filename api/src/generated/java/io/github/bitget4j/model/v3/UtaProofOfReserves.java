// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bitget's published reserves against user assets.
 *
 * @param merkleRootHash root of the Merkle tree of user balances.
 * @param totalReserveRatio platform assets over user assets, all coins.
 * @param list list ({@code list})
 */
public record UtaProofOfReserves(
        @Nullable String merkleRootHash,
        @Nullable BigDecimal totalReserveRatio,
        List<UtaCoinReserve> list) {
}
