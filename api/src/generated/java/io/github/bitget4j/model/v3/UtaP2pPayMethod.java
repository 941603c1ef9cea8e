// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of your P2P payment methods.
 *
 * @param payMethodId the payment method id.
 * @param payMethodName e.g. Bank transfer.
 * @param payMethodUserName the account holder.
 * @param userPayMethodId your collection account id.
 * @param payMethodInfo the account details.
 */
public record UtaP2pPayMethod(
        String payMethodId,
        @Nullable String payMethodName,
        @Nullable String payMethodUserName,
        @Nullable String userPayMethodId,
        @Nullable List<UtaP2pPayMethodField> payMethodInfo) {
}
