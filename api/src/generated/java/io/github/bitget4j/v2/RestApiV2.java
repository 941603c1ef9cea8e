// Generated from codegen/model/v2/*.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

/** Every V2 endpoint of the model, area by area; {@code RestClientV2} implements it. */
public interface RestApiV2 extends
        AccountApiV2,
        BrokerApiV2,
        BrokerCommissionApiV2,
        CommonApiV2,
        ConvertApiV2,
        CopyBrokerApiV2,
        CopyFuturesFollowerApiV2,
        CopyFuturesTraderApiV2,
        CopySpotFollowerApiV2,
        CopySpotTraderApiV2,
        EarnAccountApiV2,
        EarnEliteApiV2,
        EarnLoanApiV2,
        EarnSavingsApiV2,
        EarnSharkfinApiV2,
        FuturesAccountApiV2,
        FuturesMarketApiV2,
        FuturesPositionApiV2,
        FuturesTradeApiV2,
        MarginApiV2,
        P2pApiV2,
        SpotAccountApiV2,
        SpotMarketApiV2,
        SpotTradeApiV2,
        SpotWalletApiV2,
        SubAccountApiV2,
        TaxApiV2 {
}
