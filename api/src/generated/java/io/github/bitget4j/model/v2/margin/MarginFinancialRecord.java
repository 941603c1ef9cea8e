// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One money movement in a margin account.
 *
 * @param marginId margin id ({@code marginId})
 * @param coin coin ({@code coin})
 * @param symbol isolated only.
 * @param amount signed change.
 * @param balance balance after the movement.
 * @param fee fee ({@code fee})
 * @param marginTypeRaw the text Bitget sent for marginType; read it as an enum with {@link #marginType()}.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record MarginFinancialRecord(
        String marginId,
        String coin,
        @Nullable String symbol,
        BigDecimal amount,
        @Nullable BigDecimal balance,
        @Nullable BigDecimal fee,
        @SerializedName("marginType") @Nullable String marginTypeRaw,
        Instant cTime,
        @Nullable Instant uTime) {

    /**
     * kind of movement (not the margin mode).
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #marginTypeRaw()} has the text as sent)
     */
    public @Nullable MarginFlowType marginType() {
        return marginTypeRaw == null ? null : MarginFlowType.fromWire(marginTypeRaw);
    }
}
