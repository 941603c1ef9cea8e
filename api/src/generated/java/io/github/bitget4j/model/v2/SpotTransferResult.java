// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import org.jspecify.annotations.Nullable;

/**
 * Ids of an accepted transfer.
 *
 * @param transferId Bitget's id.
 * @param clientOid your id.
 */
public record SpotTransferResult(
        String transferId,
        @Nullable String clientOid) {
}
