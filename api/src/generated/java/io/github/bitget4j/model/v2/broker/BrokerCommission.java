// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Commission from one user on one symbol.
 *
 * @param uid uid ({@code uid})
 * @param coin commission coin.
 * @param symbol symbol ({@code symbol})
 * @param dealtAmount traded value.
 * @param totalFee total fee ({@code totalFee})
 * @param deductedFee deducted fee ({@code deductedFee})
 * @param paidFee paid fee ({@code paidFee})
 * @param markUpFee mark up fee ({@code markUpFee})
 * @param totalCommission total commission ({@code totalCommission})
 */
public record BrokerCommission(
        String uid,
        @Nullable String coin,
        @Nullable String symbol,
        @Nullable BigDecimal dealtAmount,
        @Nullable BigDecimal totalFee,
        @Nullable BigDecimal deductedFee,
        @Nullable BigDecimal paidFee,
        @Nullable BigDecimal markUpFee,
        @Nullable BigDecimal totalCommission) {
}
