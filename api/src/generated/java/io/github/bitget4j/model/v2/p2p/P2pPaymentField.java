// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import org.jspecify.annotations.Nullable;

/**
 * One field of a payment method as filled in on an order.
 *
 * @param name name ({@code name})
 * @param required yes or no.
 * @param type e.g. number, file.
 * @param value masked value or file address.
 */
public record P2pPaymentField(
        @Nullable String name,
        @Nullable String required,
        @Nullable String type,
        @Nullable String value) {
}
