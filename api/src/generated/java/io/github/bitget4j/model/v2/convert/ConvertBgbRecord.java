// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One past sweep into BGB.
 *
 * @param orderId order id ({@code orderId})
 * @param fromCoin from coin ({@code fromCoin})
 * @param fromAmount from amount ({@code fromAmount})
 * @param fromCoinPrice from coin price ({@code fromCoinPrice})
 * @param toCoin BGB.
 * @param toAmount to amount ({@code toAmount})
 * @param toCoinPrice to coin price ({@code toCoinPrice})
 * @param feeDetail fee detail ({@code feeDetail})
 * @param status e.g. success.
 * @param ctime ctime ({@code ctime})
 */
public record ConvertBgbRecord(
        String orderId,
        String fromCoin,
        BigDecimal fromAmount,
        @Nullable BigDecimal fromCoinPrice,
        String toCoin,
        BigDecimal toAmount,
        @Nullable BigDecimal toCoinPrice,
        @Nullable List<ConvertBgbFee> feeDetail,
        @Nullable String status,
        Instant ctime) {
}
