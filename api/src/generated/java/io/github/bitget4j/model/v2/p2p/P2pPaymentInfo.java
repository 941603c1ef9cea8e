// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Payment method used by a P2P order.
 *
 * @param paymethodName paymethod name ({@code paymethodName})
 * @param paymethodId paymethod id ({@code paymethodId})
 * @param paymethodInfo paymethod info ({@code paymethodInfo})
 */
public record P2pPaymentInfo(
        @Nullable String paymethodName,
        @Nullable String paymethodId,
        @Nullable List<P2pPaymentField> paymethodInfo) {
}
