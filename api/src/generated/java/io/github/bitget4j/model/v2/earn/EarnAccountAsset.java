// Generated from codegen/model/v2/earn-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;

/**
 * One coin held in the earn account.
 *
 * @param coin coin ({@code coin})
 * @param amount amount ({@code amount})
 */
public record EarnAccountAsset(
        String coin,
        BigDecimal amount) {
}
