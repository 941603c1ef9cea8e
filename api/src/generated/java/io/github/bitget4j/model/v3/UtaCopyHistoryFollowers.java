// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * One page of former followers.
 *
 * @param list the former followers.
 */
public record UtaCopyHistoryFollowers(
        List<UtaCopyHistoryFollower> list) {
}
