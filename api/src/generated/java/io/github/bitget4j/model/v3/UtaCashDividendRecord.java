// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One cash dividend of a stock token.
 *
 * @param symbol e.g. AAPLUSDT.
 * @param exDividendDate ex-dividend date as Bitget sends it.
 * @param cashDividendPerShare dividend per share.
 * @param cashDividendTimestamp payment time, Unix milliseconds.
 */
public record UtaCashDividendRecord(
        String symbol,
        @Nullable String exDividendDate,
        @Nullable BigDecimal cashDividendPerShare,
        @Nullable Long cashDividendTimestamp) {
}
