// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import com.google.gson.JsonElement;
import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One P2P advertisement.
 *
 * @param advId adv id ({@code advId})
 * @param advNo adv no ({@code advNo})
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param advSize total size advertised.
 * @param size size left.
 * @param coin coin ({@code coin})
 * @param price price ({@code price})
 * @param coinPrecision coin precision ({@code coinPrecision})
 * @param fiat fiat ({@code fiat})
 * @param fiatPrecision fiat precision ({@code fiatPrecision})
 * @param fiatSymbol fiat symbol ({@code fiatSymbol})
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param hide yes or no.
 * @param maxTradeAmount max trade amount ({@code maxTradeAmount})
 * @param minTradeAmount min trade amount ({@code minTradeAmount})
 * @param payDuration payment window.
 * @param turnoverNum turnover num ({@code turnoverNum})
 * @param turnoverRate turnover rate ({@code turnoverRate})
 * @param label label ({@code label})
 * @param userLimitList counterparty limits; an object or a list depending on the doc version.
 * @param paymentMethodList payment method list ({@code paymentMethodList})
 * @param merchantCertifiedList merchant certified list ({@code merchantCertifiedList})
 * @param utime utime ({@code utime})
 * @param ctime ctime ({@code ctime})
 */
public record P2pAdvertisement(
        String advId,
        String advNo,
        @SerializedName("side") String sideRaw,
        @Nullable BigDecimal advSize,
        @Nullable BigDecimal size,
        String coin,
        BigDecimal price,
        @Nullable Integer coinPrecision,
        String fiat,
        @Nullable Integer fiatPrecision,
        @Nullable String fiatSymbol,
        @SerializedName("status") @Nullable String statusRaw,
        @Nullable String hide,
        @Nullable BigDecimal maxTradeAmount,
        @Nullable BigDecimal minTradeAmount,
        @Nullable String payDuration,
        @Nullable Long turnoverNum,
        @Nullable BigDecimal turnoverRate,
        @Nullable String label,
        @Nullable JsonElement userLimitList,
        @Nullable List<P2pAdvPaymentMethod> paymentMethodList,
        @Nullable List<P2pCertification> merchantCertifiedList,
        @Nullable Instant utime,
        Instant ctime) {

    /**
     * The side.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }

    /**
     * The status.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #statusRaw()} has the text as sent)
     */
    public @Nullable P2pAdvStatus status() {
        return statusRaw == null ? null : P2pAdvStatus.fromWire(statusRaw);
    }
}
