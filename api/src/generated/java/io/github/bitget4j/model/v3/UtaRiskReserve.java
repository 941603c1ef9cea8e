// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The risk reserve fund of a V3 futures settlement coin and its records.
 *
 * @param totalBalance fund balance; Bitget deprecated it and may send "".
 * @param coin settlement coin, e.g. USDT.
 * @param riskReserveRecords risk reserve records ({@code riskReserveRecords})
 */
public record UtaRiskReserve(
        @Nullable BigDecimal totalBalance,
        String coin,
        List<UtaRiskReserveRecord> riskReserveRecords) {
}
