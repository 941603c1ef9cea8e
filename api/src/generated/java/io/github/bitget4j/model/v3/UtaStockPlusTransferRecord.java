// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A Stock+ transfer record as the reference SDK declares it.
 *
 * @param transferId the transfer id.
 * @param coin e.g. USDT.
 * @param amount amount moved.
 * @param direction in or out.
 * @param cursor pass as the request's cursor for the next page.
 */
public record UtaStockPlusTransferRecord(
        @Nullable String transferId,
        @Nullable String coin,
        @Nullable BigDecimal amount,
        @Nullable String direction,
        @Nullable String cursor) {
}
