// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An Elite product.
 *
 * @param productId the product id.
 * @param coin the product coin, e.g. BGUSD.
 * @param minApr lowest yearly rate.
 * @param maxApr highest yearly rate.
 * @param subscriptionCoinList coins it can be bought with.
 * @param sellOut YES when sold out.
 */
public record UtaEarnEliteProduct(
        String productId,
        String coin,
        @Nullable BigDecimal minApr,
        @Nullable BigDecimal maxApr,
        @Nullable List<UtaEarnSubscriptionCoin> subscriptionCoinList,
        @Nullable String sellOut) {
}
