// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import org.jspecify.annotations.Nullable;

/**
 * One field a payment method asks for.
 *
 * @param name name ({@code name})
 * @param required required ({@code required})
 * @param type type ({@code type})
 */
public record P2pAdvPaymentField(
        @Nullable String name,
        @Nullable Boolean required,
        @Nullable String type) {
}
