// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * The coins and fiat currencies of P2P trading.
 *
 * @param tokenDetailList the coins.
 * @param fiatDetailList the fiat currencies.
 */
public record UtaP2pCurrencies(
        List<UtaP2pToken> tokenDetailList,
        List<UtaP2pFiat> fiatDetailList) {
}
