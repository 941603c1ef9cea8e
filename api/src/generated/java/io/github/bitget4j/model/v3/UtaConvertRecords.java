// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of conversions.
 *
 * @param list list ({@code list})
 * @param cursor pass as the request's cursor for the next page.
 */
public record UtaConvertRecords(
        @Nullable List<UtaConvertRecord> list,
        @Nullable String cursor) {
}
