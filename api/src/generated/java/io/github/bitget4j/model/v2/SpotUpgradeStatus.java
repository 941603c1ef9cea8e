// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

/**
 * Progress of an account upgrade.
 *
 * @param status processing, success or failed, as Bitget spells it.
 */
public record SpotUpgradeStatus(
        String status) {
}
