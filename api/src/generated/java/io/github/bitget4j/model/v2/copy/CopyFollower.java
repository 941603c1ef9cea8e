// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One follower of a trader.
 *
 * @param accountEquity follower's account equity.
 * @param isRemove whether the trader may remove this follower: yes or no (case varies).
 * @param followerHeadPic avatar URL.
 * @param followerName follower name ({@code followerName})
 * @param followerUid follower uid ({@code followerUid})
 * @param followerTime first follow time.
 */
public record CopyFollower(
        @Nullable BigDecimal accountEquity,
        @Nullable String isRemove,
        @Nullable String followerHeadPic,
        @Nullable String followerName,
        String followerUid,
        @Nullable Instant followerTime) {
}
