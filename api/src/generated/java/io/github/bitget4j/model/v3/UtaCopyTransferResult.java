// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

/**
 * The id of a lead account transfer.
 *
 * @param transferId the transfer id.
 */
public record UtaCopyTransferResult(
        String transferId) {
}
