// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One withdrawal.
 *
 * @param orderId order id ({@code orderId})
 * @param tradeId on chain: the transaction hash; internal: an order id.
 * @param coin coin ({@code coin})
 * @param dest on_chain, internal_transfer or inner_address_transfer.
 * @param clientOid client oid ({@code clientOid})
 * @param type always withdraw.
 * @param tag tag ({@code tag})
 * @param size size ({@code size})
 * @param fee a negative number.
 * @param status e.g. pending, fail, success.
 * @param toAddress to address ({@code toAddress})
 * @param fromAddress from address ({@code fromAddress})
 * @param confirm confirmations so far.
 * @param chain chain ({@code chain})
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record SpotWithdrawalRecord(
        String orderId,
        @Nullable String tradeId,
        String coin,
        @Nullable String dest,
        @Nullable String clientOid,
        @Nullable String type,
        @Nullable String tag,
        BigDecimal size,
        @Nullable BigDecimal fee,
        String status,
        @Nullable String toAddress,
        @Nullable String fromAddress,
        @Nullable Integer confirm,
        @Nullable String chain,
        Instant cTime,
        @Nullable Instant uTime) {
}
