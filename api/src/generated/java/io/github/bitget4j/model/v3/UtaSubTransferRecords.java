// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of main/sub transfers.
 *
 * @param list the transfers (current servers).
 * @param items the transfers, as older servers name the list.
 * @param cursor pass as the request's cursor for the next page.
 */
public record UtaSubTransferRecords(
        @Nullable List<UtaSubTransferRecord> list,
        @Nullable List<UtaSubTransferRecord> items,
        @Nullable String cursor) {
}
