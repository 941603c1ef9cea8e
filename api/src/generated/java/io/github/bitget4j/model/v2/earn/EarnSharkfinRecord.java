// Generated from codegen/model/v2/earn-sharkfin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One shark fin ledger record.
 *
 * @param orderId order id ({@code orderId})
 * @param product product name.
 * @param period term in days.
 * @param amount amount ({@code amount})
 * @param ts ts ({@code ts})
 * @param typeRaw the text Bitget sent for type; read it as an enum with {@link #type()}.
 */
public record EarnSharkfinRecord(
        String orderId,
        @Nullable String product,
        @Nullable Integer period,
        BigDecimal amount,
        Instant ts,
        @SerializedName("type") String typeRaw) {

    /**
     * The type.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #typeRaw()} has the text as sent)
     */
    public EarnSharkfinRecordType type() {
        return EarnSharkfinRecordType.fromWire(typeRaw);
    }
}
