// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * One page of current followers.
 *
 * @param list the followers.
 */
public record UtaCopyCurrentFollowers(
        List<UtaCopyCurrentFollower> list) {
}
