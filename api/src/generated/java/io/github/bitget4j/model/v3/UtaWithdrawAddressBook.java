// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of the withdrawal address book.
 *
 * @param addressList address list ({@code addressList})
 * @param cursor pass as the request's cursor for the next page.
 */
public record UtaWithdrawAddressBook(
        @Nullable List<UtaWithdrawAddress> addressList,
        @Nullable String cursor) {
}
