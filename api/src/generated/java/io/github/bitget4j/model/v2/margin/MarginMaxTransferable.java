// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Crossed: coin fields; isolated: symbol, base and quote.
 *
 * @param coin coin ({@code coin})
 * @param maxTransferOutAmount max transfer out amount ({@code maxTransferOutAmount})
 * @param symbol symbol ({@code symbol})
 * @param baseCoin base coin ({@code baseCoin})
 * @param baseCoinMaxTransferOutAmount base coin max transfer out amount ({@code baseCoinMaxTransferOutAmount})
 * @param quoteCoin quote coin ({@code quoteCoin})
 * @param quoteCoinMaxTransferOutAmount quote coin max transfer out amount ({@code quoteCoinMaxTransferOutAmount})
 */
public record MarginMaxTransferable(
        @Nullable String coin,
        @Nullable BigDecimal maxTransferOutAmount,
        @Nullable String symbol,
        @Nullable String baseCoin,
        @Nullable BigDecimal baseCoinMaxTransferOutAmount,
        @Nullable String quoteCoin,
        @Nullable BigDecimal quoteCoinMaxTransferOutAmount) {
}
