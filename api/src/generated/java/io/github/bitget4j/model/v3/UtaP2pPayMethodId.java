// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

/**
 * A payment method named by id.
 *
 * @param payMethodId the payment method id.
 */
public record UtaP2pPayMethodId(
        String payMethodId) {
}
