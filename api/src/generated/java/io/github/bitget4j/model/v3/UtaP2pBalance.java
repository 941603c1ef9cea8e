// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The P2P balance of one coin.
 *
 * @param token the coin.
 * @param totalBalance total.
 * @param frozenBalance held by ads and orders.
 * @param availableBalance free to use.
 */
public record UtaP2pBalance(
        String token,
        BigDecimal totalBalance,
        @Nullable BigDecimal frozenBalance,
        @Nullable BigDecimal availableBalance) {
}
