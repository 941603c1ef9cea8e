// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A payment method accepted by an advertisement.
 *
 * @param paymentMethod payment method ({@code paymentMethod})
 * @param paymentId payment id ({@code paymentId})
 * @param paymentInfo payment info ({@code paymentInfo})
 */
public record P2pAdvPaymentMethod(
        @Nullable String paymentMethod,
        @Nullable String paymentId,
        @Nullable List<P2pAdvPaymentField> paymentInfo) {
}
