// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The quantity limits of a P2P ad.
 *
 * @param buyMinTokenAmount smallest quantity of a buy ad.
 * @param buyMaxTokenAmount largest quantity of a buy ad.
 * @param sellMinTokenAmount smallest quantity of a sell ad.
 * @param sellMaxTokenAmount largest quantity of a sell ad.
 */
public record UtaP2pAdLimit(
        @Nullable BigDecimal buyMinTokenAmount,
        @Nullable BigDecimal buyMaxTokenAmount,
        @Nullable BigDecimal sellMinTokenAmount,
        @Nullable BigDecimal sellMaxTokenAmount) {
}
