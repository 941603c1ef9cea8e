// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Bitget's table names productId, its example orderId: send one.
 *
 * @param orderId order id returned by the subscription (optional, sent as {@code orderId})
 * @param productId product id (optional, sent as {@code productId})
 * @param periodType period type, one of {@code flexible}, {@code fixed} (required, sent as {@code periodType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnSavingsSubscribeResultRequest(
        @Nullable String orderId,
        @Nullable String productId,
        EarnPeriodType periodType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "productId", "periodType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnSavingsSubscribeResultRequest {
        Require.known(periodType, "periodType");
        Require.either(orderId, "orderId", productId, "productId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId order id returned by the subscription (optional, sent as {@code orderId})
     * @param productId product id (optional, sent as {@code productId})
     * @param periodType period type, one of {@code flexible}, {@code fixed} (required, sent as {@code periodType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnSavingsSubscribeResultRequest(@Nullable String orderId, @Nullable String productId, EarnPeriodType periodType) {
        this(orderId, productId, periodType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnSavingsSubscribeResultRequest withExtraParam(String name, Object value) {
        return new EarnSavingsSubscribeResultRequest(orderId, productId, periodType, Require.withExtra(extraParams, name, value));
    }

    /**
     * With the required parameters only.
     *
     * @param periodType period type, one of {@code flexible}, {@code fixed} (required, sent as {@code periodType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnSavingsSubscribeResultRequest of(EarnPeriodType periodType) {
        return new EarnSavingsSubscribeResultRequest(null, null, periodType, Map.of());
    }

    /**
     * Sets orderId, periodType; the rest stay unset.
     *
     * @param orderId order id returned by the subscription (optional, sent as {@code orderId})
     * @param periodType period type, one of {@code flexible}, {@code fixed} (required, sent as {@code periodType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnSavingsSubscribeResultRequest byOrderId(String orderId, EarnPeriodType periodType) {
        return new EarnSavingsSubscribeResultRequest(Require.text(orderId, "orderId"), null, periodType, Map.of());
    }

    /**
     * Sets productId, periodType; the rest stay unset.
     *
     * @param productId product id (optional, sent as {@code productId})
     * @param periodType period type, one of {@code flexible}, {@code fixed} (required, sent as {@code periodType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnSavingsSubscribeResultRequest byProductId(String productId, EarnPeriodType periodType) {
        return new EarnSavingsSubscribeResultRequest(null, Require.text(productId, "productId"), periodType, Map.of());
    }
}
