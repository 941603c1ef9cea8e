// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The fee and tax of a P2P trade.
 *
 * @param feeToken coin the fee is paid in.
 * @param feeAmount the fee.
 * @param taxToken coin the tax is paid in.
 * @param taxAmount the tax.
 */
public record UtaP2pFee(
        @Nullable String feeToken,
        @Nullable BigDecimal feeAmount,
        @Nullable String taxToken,
        @Nullable BigDecimal taxAmount) {
}
