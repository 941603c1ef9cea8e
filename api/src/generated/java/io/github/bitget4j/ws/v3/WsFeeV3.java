// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import java.math.BigDecimal;

/**
 * One fee of an order or fill.
 *
 * @param feeCoin fee coin ({@code feeCoin})
 * @param fee fee ({@code fee})
 */
public record WsFeeV3(
        String feeCoin,
        BigDecimal fee) {
}
