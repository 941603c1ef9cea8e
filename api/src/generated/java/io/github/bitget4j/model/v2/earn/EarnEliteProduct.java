// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Elite product.
 *
 * @param productId product id ({@code productId})
 * @param coin product coin, e.g. BGUSD.
 * @param minApr min apr ({@code minApr})
 * @param maxApr max apr ({@code maxApr})
 * @param subscriptionCoinList subscription coin list ({@code subscriptionCoinList})
 * @param sellOutRaw the text Bitget sent for sellOut; read it as an enum with {@link #sellOut()}.
 */
public record EarnEliteProduct(
        String productId,
        String coin,
        @Nullable BigDecimal minApr,
        @Nullable BigDecimal maxApr,
        @Nullable List<EarnEliteSubscriptionCoin> subscriptionCoinList,
        @SerializedName("sellOut") @Nullable String sellOutRaw) {

    /**
     * The sellOut.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #sellOutRaw()} has the text as sent)
     */
    public @Nullable EarnSoldOut sellOut() {
        return sellOutRaw == null ? null : EarnSoldOut.fromWire(sellOutRaw);
    }
}
