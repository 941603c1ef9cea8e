// Generated from codegen/model/v3/position.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * The open V3 futures positions.
 *
 * @param list list ({@code list})
 */
public record UtaPositions(
        List<UtaPosition> list) {
}
