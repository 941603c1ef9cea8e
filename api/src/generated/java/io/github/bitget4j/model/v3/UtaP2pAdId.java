// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

/**
 * The id of a new P2P ad.
 *
 * @param advId the ad id.
 */
public record UtaP2pAdId(
        String advId) {
}
