// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One coin and the chains it moves on.
 *
 * @param coinId Bitget's id of the coin.
 * @param coin e.g. BTC.
 * @param transfer whether it can be transferred between accounts.
 * @param chains the chains it can be deposited and withdrawn on.
 */
public record SpotCoinInfo(
        String coinId,
        String coin,
        @Nullable Boolean transfer,
        @Nullable List<SpotCoinChain> chains) {
}
