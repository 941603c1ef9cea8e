// Generated from codegen/model/v2/earn-sharkfin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One shark fin product.
 *
 * @param productId product id ({@code productId})
 * @param productName e.g. USDT/BTC_20231013.
 * @param productCoin coin whose price sets the rate.
 * @param subscribeCoin coin you subscribe with.
 * @param farmingStartTime farming start time ({@code farmingStartTime})
 * @param farmingEndTime farming end time ({@code farmingEndTime})
 * @param lowerRate yearly rate below the range.
 * @param defaultRate default rate ({@code defaultRate})
 * @param upperRate yearly rate above the range.
 * @param period term in days.
 * @param interestStartTime interest start time ({@code interestStartTime})
 * @param status product status.
 * @param minAmount smallest subscription.
 * @param limitAmount largest subscription per user.
 * @param soldAmount sold amount ({@code soldAmount})
 * @param endTime subscription window end.
 * @param startTime subscription window start.
 */
public record EarnSharkfinProduct(
        String productId,
        @Nullable String productName,
        String productCoin,
        String subscribeCoin,
        @Nullable Instant farmingStartTime,
        @Nullable Instant farmingEndTime,
        @Nullable BigDecimal lowerRate,
        @Nullable BigDecimal defaultRate,
        @Nullable BigDecimal upperRate,
        @Nullable Integer period,
        @Nullable Instant interestStartTime,
        String status,
        @Nullable BigDecimal minAmount,
        @Nullable BigDecimal limitAmount,
        @Nullable BigDecimal soldAmount,
        @Nullable Instant endTime,
        @Nullable Instant startTime) {
}
