// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A P2P merchant's profile.
 *
 * @param uid the uid.
 * @param nickName the nickname.
 * @param accountLevel starter, advanced or master.
 * @param completedOrderNum completed orders.
 * @param positiveRate share of positive feedback.
 * @param completedOrderNum30D completed orders in 30 days.
 * @param completedRate30D completion rate in 30 days.
 * @param avgPayTime30D average payment time in 30 days, as Bitget reports it.
 * @param avgReleaseTime30D average release time in 30 days, as Bitget reports it.
 * @param equityDetail what the merchant level allows.
 * @param registerTime when the account was registered.
 */
public record UtaP2pUserInfo(
        String uid,
        @Nullable String nickName,
        @Nullable String accountLevel,
        @Nullable Integer completedOrderNum,
        @Nullable BigDecimal positiveRate,
        @Nullable Integer completedOrderNum30D,
        @Nullable BigDecimal completedRate30D,
        @Nullable BigDecimal avgPayTime30D,
        @Nullable BigDecimal avgReleaseTime30D,
        @Nullable UtaP2pUserEquity equityDetail,
        @Nullable Instant registerTime) {
}
