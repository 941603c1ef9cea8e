// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * The Elite holdings of the account.
 *
 * @param resultList one element per product.
 */
public record UtaEarnEliteAssets(
        List<UtaEarnEliteAsset> resultList) {
}
