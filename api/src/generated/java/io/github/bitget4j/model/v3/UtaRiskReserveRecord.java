// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of a V3 risk reserve fund.
 *
 * @param type in or out; deprecated by Bitget, may be "".
 * @param amount size of the change.
 * @param balance fund balance after the change.
 * @param ts time of the record.
 */
public record UtaRiskReserveRecord(
        @Nullable String type,
        BigDecimal amount,
        @Nullable BigDecimal balance,
        Instant ts) {
}
