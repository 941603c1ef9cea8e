// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;

/**
 * One V3 risk reserve fund and the symbols it covers.
 *
 * @param symbols the contracts covered.
 * @param coin settlement coin, e.g. USDT.
 * @param balance fund balance.
 */
public record UtaRiskReserveFund(
        List<String> symbols,
        String coin,
        BigDecimal balance) {
}
