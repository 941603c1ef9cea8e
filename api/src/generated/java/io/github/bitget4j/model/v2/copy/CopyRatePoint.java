// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One point of a return-rate series.
 *
 * @param rate return in percent.
 * @param ctime ctime ({@code ctime})
 */
public record CopyRatePoint(
        @Nullable BigDecimal rate,
        Instant ctime) {
}
