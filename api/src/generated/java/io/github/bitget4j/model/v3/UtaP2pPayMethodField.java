// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * One detail of a payment account, e.g. an IBAN.
 *
 * @param name what the value is.
 * @param type file, number or txt.
 * @param value the value.
 */
public record UtaP2pPayMethodField(
        String name,
        @Nullable String type,
        @Nullable String value) {
}
