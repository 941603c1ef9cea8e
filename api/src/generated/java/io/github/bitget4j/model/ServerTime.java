// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

/**
 * Bitget's clock.
 *
 * @param serverTime Unix milliseconds.
 */
public record ServerTime(
        Long serverTime) {
}
