// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Parameters of a request.
 *
 * @param productId product id (required, sent as {@code productId})
 * @param periodType period type, one of {@code flexible}, {@code fixed} (required, sent as {@code periodType})
 * @param amount in the product coin (required, greater than 0, sent as {@code amount})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnSavingsSubscribeRequest(
        String productId,
        EarnPeriodType periodType,
        BigDecimal amount,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productId", "periodType", "amount");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnSavingsSubscribeRequest {
        Require.text(productId, "productId");
        Require.known(periodType, "periodType");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param productId product id (required, sent as {@code productId})
     * @param periodType period type, one of {@code flexible}, {@code fixed} (required, sent as {@code periodType})
     * @param amount in the product coin (required, greater than 0, sent as {@code amount})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnSavingsSubscribeRequest(String productId, EarnPeriodType periodType, BigDecimal amount) {
        this(productId, periodType, amount, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnSavingsSubscribeRequest withExtraParam(String name, Object value) {
        return new EarnSavingsSubscribeRequest(productId, periodType, amount, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets productId, periodType, amount; the rest stay unset.
     *
     * @param productId product id (required, sent as {@code productId})
     * @param periodType period type, one of {@code flexible}, {@code fixed} (required, sent as {@code periodType})
     * @param amount in the product coin (required, greater than 0, sent as {@code amount})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnSavingsSubscribeRequest of(String productId, EarnPeriodType periodType, BigDecimal amount) {
        return new EarnSavingsSubscribeRequest(productId, periodType, amount, Map.of());
    }
}
