// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * The Stock+ account, one element per currency.
 *
 * @param list the accounts.
 */
public record UtaStockPlusAccounts(
        List<UtaStockPlusAccount> list) {
}
