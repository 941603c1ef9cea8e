// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Crossed: coin fields; isolated: symbol, base and quote.
 *
 * @param coin coin
 * @param maxTransferOutAmount maxTransferOutAmount
 * @param symbol symbol
 * @param baseCoin baseCoin
 * @param baseCoinMaxTransferOutAmount baseCoinMaxTransferOutAmount
 * @param quoteCoin quoteCoin
 * @param quoteCoinMaxTransferOutAmount quoteCoinMaxTransferOutAmount
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
