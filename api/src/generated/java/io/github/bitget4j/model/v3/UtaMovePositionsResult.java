// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The orders that closed and reopened the moved positions.
 *
 * @param closePosition orders in the source account.
 * @param openPosition orders in the target account.
 */
public record UtaMovePositionsResult(
        @Nullable List<BatchOrderResult> closePosition,
        @Nullable List<BatchOrderResult> openPosition) {
}
