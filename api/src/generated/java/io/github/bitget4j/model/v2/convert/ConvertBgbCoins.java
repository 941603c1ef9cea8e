// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The coins that can be swept into BGB.
 *
 * @param coinList coin list ({@code coinList})
 */
public record ConvertBgbCoins(
        @Nullable List<ConvertBgbCoin> coinList) {
}
