// Generated from codegen/model/v2/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;

/**
 * Value of one account type.
 *
 * @param accountType e.g. spot, futures, funding, earn, bots, margin.
 * @param usdtBalance value in USDT.
 */
public record ClassicAccountBalance(
        String accountType,
        BigDecimal usdtBalance) {
}
