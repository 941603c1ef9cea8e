// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Symbols allowed for a loan product.
 *
 * @param productId product id ({@code productId})
 * @param spotSymbols spot symbols ({@code spotSymbols})
 */
public record SpotLoanSymbols(
        String productId,
        @Nullable List<String> spotSymbols) {
}
