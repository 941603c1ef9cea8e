// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

/**
 * The state of an Elite subscription.
 *
 * @param result settled, pending or rejected.
 */
public record UtaEarnSubscribeStatus(
        String result) {
}
