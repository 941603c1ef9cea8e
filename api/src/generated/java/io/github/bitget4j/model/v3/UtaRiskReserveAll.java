// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * The risk reserve funds of a V3 futures category.
 *
 * @param list list ({@code list})
 */
public record UtaRiskReserveAll(
        List<UtaRiskReserveFund> list) {
}
