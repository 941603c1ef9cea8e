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
 * @param orderId orderId
 * @param orderNo orderNo
 * @param advNo advNo
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param count coin quantity.
 * @param coin coin
 * @param price price
 * @param fiat fiat
 * @param withdrawTime empty until it happens.
 * @param representTime representTime
 * @param releaseTime releaseTime
 * @param paymentTime paymentTime
 * @param amount fiat amount.
 * @param statusRaw the text Bitget sent for status; read it as an enum with {@link #status()}.
 * @param buyerRealName buyerRealName
 * @param sellerRealName sellerRealName
 * @param ctime ctime
 * @param utime utime
 * @param paymentInfo paymentInfo
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
     * The side. {@code UNKNOWN} when this SDK version does not know the value; {@link #sideRaw()} has the text as sent.
     */
    public Side side() {
        return Side.fromWire(sideRaw);
    }

    /**
     * The status. {@code UNKNOWN} when this SDK version does not know the value; {@link #statusRaw()} has the text as sent.
     */
    public P2pOrderStatus status() {
        return P2pOrderStatus.fromWire(statusRaw);
    }
}
