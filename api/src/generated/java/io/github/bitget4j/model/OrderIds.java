// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

import org.jspecify.annotations.Nullable;

/**
 * The ids of a placed or cancelled order.
 *
 * @param orderId Bitget's id.
 * @param clientOid your id (Bitget assigns one when you gave none).
 */
public record OrderIds(
        String orderId,
        @Nullable String clientOid) {
}
