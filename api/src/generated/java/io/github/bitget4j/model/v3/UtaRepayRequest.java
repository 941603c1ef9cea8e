// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;

/**
 * Which debts to repay and what to pay with.
 *
 * @param repayableCoinList the debt coins, e.g. [BTC] (required, not empty, sent as {@code repayableCoinList})
 * @param paymentCoinList the coins to pay with, e.g. [USDT] (required, not empty, sent as {@code paymentCoinList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaRepayRequest(
        List<String> repayableCoinList,
        List<String> paymentCoinList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("repayableCoinList", "paymentCoinList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaRepayRequest {
        repayableCoinList = Require.nonEmpty(repayableCoinList, "repayableCoinList");
        paymentCoinList = Require.nonEmpty(paymentCoinList, "paymentCoinList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param repayableCoinList the debt coins, e.g. [BTC] (required, not empty, sent as {@code repayableCoinList})
     * @param paymentCoinList the coins to pay with, e.g. [USDT] (required, not empty, sent as {@code paymentCoinList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaRepayRequest(List<String> repayableCoinList, List<String> paymentCoinList) {
        this(repayableCoinList, paymentCoinList, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaRepayRequest withExtraParam(String name, Object value) {
        return new UtaRepayRequest(repayableCoinList, paymentCoinList, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets repayableCoinList, paymentCoinList; the rest stay unset.
     *
     * @param repayableCoinList the debt coins, e.g. [BTC] (required, not empty, sent as {@code repayableCoinList})
     * @param paymentCoinList the coins to pay with, e.g. [USDT] (required, not empty, sent as {@code paymentCoinList})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaRepayRequest of(List<String> repayableCoinList, List<String> paymentCoinList) {
        return new UtaRepayRequest(repayableCoinList, paymentCoinList, Map.of());
    }
}
