// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The coin and chain of a deposit address.
 *
 * @param coin e.g. USDT (required, sent as {@code coin})
 * @param chain e.g. trc20; unset for Bitget's choice (optional, sent as {@code chain})
 * @param size BTC Lightning only: the amount to deposit (optional, greater than 0, sent as {@code size})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaDepositAddressRequest(
        String coin,
        @Nullable String chain,
        @Nullable BigDecimal size,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "chain", "size");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaDepositAddressRequest {
        Require.text(coin, "coin");
        Require.positiveIfPresent(size, "size");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param chain e.g. trc20; unset for Bitget's choice (optional, sent as {@code chain})
     * @param size BTC Lightning only: the amount to deposit (optional, greater than 0, sent as {@code size})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaDepositAddressRequest(String coin, @Nullable String chain, @Nullable BigDecimal size) {
        this(coin, chain, size, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaDepositAddressRequest withExtraParam(String name, Object value) {
        return new UtaDepositAddressRequest(coin, chain, size, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaDepositAddressRequest of(String coin) {
        return new UtaDepositAddressRequest(coin, null, null, Map.of());
    }

    /**
     * Sets coin, chain; the rest stay unset.
     *
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param chain e.g. trc20; unset for Bitget's choice (optional, sent as {@code chain})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaDepositAddressRequest of(String coin, String chain) {
        return new UtaDepositAddressRequest(coin, Require.text(chain, "chain"), null, Map.of());
    }
}
