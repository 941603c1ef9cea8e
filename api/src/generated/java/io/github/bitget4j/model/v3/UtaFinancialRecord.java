// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One unified account ledger entry.
 *
 * @param id record id.
 * @param category the product line.
 * @param symbol e.g. BTCUSDT.
 * @param coin e.g. USDT.
 * @param type e.g. TRANSFER_IN, ORDER_DEALT_IN.
 * @param amount signed change.
 * @param fee fee of the entry.
 * @param balance balance after the entry.
 * @param ts time of the entry.
 * @param positionType crossed or isolated.
 * @param positionAmount isolated: change of the position's margin.
 * @param positionBalance isolated: the position's margin afterwards.
 */
public record UtaFinancialRecord(
        String id,
        @Nullable String category,
        @Nullable String symbol,
        String coin,
        String type,
        BigDecimal amount,
        @Nullable BigDecimal fee,
        @Nullable BigDecimal balance,
        Instant ts,
        @Nullable String positionType,
        @Nullable BigDecimal positionAmount,
        @Nullable BigDecimal positionBalance) {
}
