package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot account assets query.
 *
 * @param coin      one coin, e.g. {@code USDT}; null for all
 * @param assetType {@code hold_only} (coins with a balance, Bitget's default) or {@code all}
 */
public record SpotAssetsRequest(@Nullable String coin, @Nullable String assetType) {

    private static final SpotAssetsRequest ALL = new SpotAssetsRequest(null, null);

    /** Every coin the account holds. */
    public static SpotAssetsRequest all() {
        return ALL;
    }

    /** One coin. */
    public static SpotAssetsRequest ofCoin(String coin) {
        return new SpotAssetsRequest(Require.text(coin, "coin"), null);
    }
}
