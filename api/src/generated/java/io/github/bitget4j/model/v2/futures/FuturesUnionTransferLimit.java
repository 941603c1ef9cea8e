// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;

/**
 * FuturesUnionTransferLimit.
 *
 * @param coin coin ({@code coin})
 * @param maxTransferIn max transfer in ({@code maxTransferIn})
 */
public record FuturesUnionTransferLimit(
        String coin,
        BigDecimal maxTransferIn) {
}
