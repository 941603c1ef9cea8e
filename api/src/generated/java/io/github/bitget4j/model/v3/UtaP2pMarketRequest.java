// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.Side;
import java.util.List;
import java.util.Map;

/**
 * Names a coin, a fiat and a side.
 *
 * @param token the coin, e.g. USDT (required, sent as {@code token})
 * @param fiat the fiat currency, e.g. EUR (required, sent as {@code fiat})
 * @param side buy or sell (required, sent as {@code side})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaP2pMarketRequest(
        String token,
        String fiat,
        Side side,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("token", "fiat", "side");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaP2pMarketRequest {
        Require.text(token, "token");
        Require.text(fiat, "fiat");
        Require.known(side, "side");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param token the coin, e.g. USDT (required, sent as {@code token})
     * @param fiat the fiat currency, e.g. EUR (required, sent as {@code fiat})
     * @param side buy or sell (required, sent as {@code side})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaP2pMarketRequest(String token, String fiat, Side side) {
        this(token, fiat, side, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaP2pMarketRequest withExtraParam(String name, Object value) {
        return new UtaP2pMarketRequest(token, fiat, side, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param token the coin, e.g. USDT (required, sent as {@code token})
     * @param fiat the fiat currency, e.g. EUR (required, sent as {@code fiat})
     * @param side buy or sell (required, sent as {@code side})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaP2pMarketRequest of(String token, String fiat, Side side) {
        return new UtaP2pMarketRequest(token, fiat, side, Map.of());
    }
}
