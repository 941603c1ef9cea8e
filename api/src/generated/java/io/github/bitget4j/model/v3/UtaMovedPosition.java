// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One position move.
 *
 * @param category category ({@code category})
 * @param fromUid source account.
 * @param toUid target account.
 * @param orderId order id ({@code orderId})
 * @param openExecId fill id in the target account.
 * @param closeExecId fill id in the source account.
 * @param execId fill id, as older servers name it.
 * @param symbol symbol ({@code symbol})
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param qty qty ({@code qty})
 * @param price move price (the mark price).
 * @param status processing, completed or failed.
 * @param createdTime created time ({@code createdTime})
 * @param updatedTime updated time ({@code updatedTime})
 */
public record UtaMovedPosition(
        String category,
        String fromUid,
        String toUid,
        @Nullable String orderId,
        @Nullable String openExecId,
        @Nullable String closeExecId,
        @Nullable String execId,
        String symbol,
        @SerializedName("posSide") @Nullable String posSideRaw,
        BigDecimal qty,
        @Nullable BigDecimal price,
        String status,
        Instant createdTime,
        @Nullable Instant updatedTime) {

    /**
     * long or short.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #posSideRaw()} has the text as sent)
     */
    public @Nullable PositionSide posSide() {
        return posSideRaw == null ? null : PositionSide.fromWire(posSideRaw);
    }
}
