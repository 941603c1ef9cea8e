// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import org.jspecify.annotations.Nullable;

/**
 * The ids of a transfer.
 *
 * @param transferId Bitget's id.
 * @param clientOid your id.
 */
public record UtaTransferResult(
        String transferId,
        @Nullable String clientOid) {
}
