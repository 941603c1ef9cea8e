// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A coin BGUSD can be redeemed into.
 *
 * @param bgusdReceiveCoin e.g. USDC.
 * @param bgusdExchangeRate BGUSD per coin.
 */
public record UtaEarnBgusdReceiveCoin(
        String bgusdReceiveCoin,
        @Nullable BigDecimal bgusdExchangeRate) {
}
