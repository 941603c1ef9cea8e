// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The payment method of a P2P order, with the account to pay to.
 *
 * @param payMethodId the payment method id.
 * @param payMethodName e.g. Bank transfer.
 * @param payMethodUserName the account holder.
 * @param postscript reference to put on the payment.
 * @param payMethodInfo the account details.
 */
public record UtaP2pOrderPayMethod(
        String payMethodId,
        @Nullable String payMethodName,
        @Nullable String payMethodUserName,
        @Nullable String postscript,
        @Nullable List<UtaP2pPayMethodField> payMethodInfo) {
}
