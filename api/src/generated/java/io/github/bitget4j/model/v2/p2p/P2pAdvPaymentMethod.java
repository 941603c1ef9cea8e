// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A payment method accepted by an advertisement.
 *
 * @param paymentMethod paymentMethod
 * @param paymentId paymentId
 * @param paymentInfo paymentInfo
 */
public record P2pAdvPaymentMethod(
        @Nullable String paymentMethod,
        @Nullable String paymentId,
        @Nullable List<P2pAdvPaymentField> paymentInfo) {
}
