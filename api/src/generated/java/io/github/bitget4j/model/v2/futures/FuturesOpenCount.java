// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;

/**
 * FuturesOpenCount.
 *
 * @param size openable quantity, base coin.
 */
public record FuturesOpenCount(
        BigDecimal size) {
}
