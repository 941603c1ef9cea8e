// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A P2P order in full.
 *
 * @param orderId the order id.
 * @param side buy or sell, from your side.
 * @param token the coin, e.g. USDT.
 * @param fiat the fiat currency, e.g. EUR.
 * @param price unit price in the fiat.
 * @param quantity coin quantity.
 * @param amount fiat amount.
 * @param status e.g. pending_payment, pending_release, completed, cancelled, in_appeal.
 * @param advId the ad it came from.
 * @param remark the ad's remarks.
 * @param orderCancelCountdown time left before the order is cancelled for lack of payment, as Bitget counts it.
 * @param fee fee charged.
 * @param verifyCapital yes when the funds must be verified.
 * @param payMethodDetail how the buyer pays.
 * @param sellUserInfo the seller.
 * @param buyUserInfo the buyer.
 * @param createdTime when it was created.
 * @param updatedTime last change.
 */
public record UtaP2pOrderInfo(
        String orderId,
        String side,
        String token,
        String fiat,
        BigDecimal price,
        BigDecimal quantity,
        BigDecimal amount,
        String status,
        @Nullable String advId,
        @Nullable String remark,
        @Nullable Long orderCancelCountdown,
        @Nullable BigDecimal fee,
        @Nullable String verifyCapital,
        @Nullable UtaP2pOrderPayMethod payMethodDetail,
        @Nullable UtaP2pOrderUser sellUserInfo,
        @Nullable UtaP2pOrderUser buyUserInfo,
        Instant createdTime,
        @Nullable Instant updatedTime) {
}
