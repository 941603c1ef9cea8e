// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One point of a profit series.
 *
 * @param amount profit, USDT.
 * @param ctime ctime ({@code ctime})
 */
public record CopyAmountPoint(
        @Nullable BigDecimal amount,
        Instant ctime) {
}
