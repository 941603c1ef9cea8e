// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One P2P order.
 *
 * @param orderId order id ({@code orderId})
 * @param orderNo order no ({@code orderNo})
 * @param advNo adv no ({@code advNo})
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param count coin quantity.
 * @param coin coin ({@code coin})
 * @param price price ({@code price})
 * @param fiat fiat ({@code fiat})
 * @param withdrawTime empty until it happens.
 * @param representTime represent time ({@code representTime})
 * @param releaseTime release time ({@code releaseTime})
 * @param paymentTime payment time ({@code paymentTime})
 * @param amount fiat amount.
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param buyerRealName buyer real name ({@code buyerRealName})
 * @param sellerRealName seller real name ({@code sellerRealName})
 * @param ctime ctime ({@code ctime})
 * @param utime utime ({@code utime})
 * @param paymentInfo payment info ({@code paymentInfo})
 */
public record P2pOrder(
        String orderId,
        String orderNo,
        String advNo,
        @SerializedName("side") String sideRaw,
        BigDecimal count,
        String coin,
        BigDecimal price,
        String fiat,
        @Nullable Instant withdrawTime,
        @Nullable Instant representTime,
        @Nullable Instant releaseTime,
        @Nullable Instant paymentTime,
        BigDecimal amount,
        @SerializedName("status") String statusRaw,
        @Nullable String buyerRealName,
        @Nullable String sellerRealName,
        Instant ctime,
        @Nullable Instant utime,
        @Nullable P2pPaymentInfo paymentInfo) {

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
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #statusRaw()} has the text as sent)
     */
    public P2pOrderStatus status() {
        return P2pOrderStatus.fromWire(statusRaw);
    }
}
