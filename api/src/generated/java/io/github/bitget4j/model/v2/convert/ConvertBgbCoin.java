// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A coin that can be swept into BGB.
 *
 * @param coin coin ({@code coin})
 * @param available available ({@code available})
 * @param bgbEstAmount BGB expected in return.
 * @param precision decimal places.
 * @param feeDetail fee detail ({@code feeDetail})
 * @param cTime c time ({@code cTime})
 */
public record ConvertBgbCoin(
        String coin,
        @Nullable BigDecimal available,
        @Nullable BigDecimal bgbEstAmount,
        @Nullable Integer precision,
        @Nullable List<ConvertBgbFeeRate> feeDetail,
        @Nullable Instant cTime) {
}
