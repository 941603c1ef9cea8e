// Generated from codegen/model/v3/*.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

/** Every V3 endpoint of the model, area by area; {@code RestClientV3} implements it. */
public interface RestApiV3 extends
        AccountApiV3,
        AccountWalletApiV3,
        BrokerApiV3,
        CopyTradingApiV3,
        EarnApiV3,
        InsLoanApiV3,
        LoanApiV3,
        MarketApiV3,
        P2pApiV3,
        PositionApiV3,
        PublicApiV3,
        StockPlusApiV3,
        TaxApiV3,
        TradeApiV3,
        UserApiV3 {
}
