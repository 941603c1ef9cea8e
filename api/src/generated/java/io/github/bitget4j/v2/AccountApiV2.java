// Generated from codegen/model/v2/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.endpoints.AccountEndpointsV2;
import io.github.bitget4j.model.v2.ClassicAccountBalance;
import io.github.bitget4j.model.v2.ClassicAccountBotAsset;
import io.github.bitget4j.model.v2.ClassicAccountBotRequest;
import io.github.bitget4j.model.v2.ClassicAccountCoinRequest;
import io.github.bitget4j.model.v2.ClassicAccountFundingAsset;
import java.util.List;

/**
 * Classic account overview (V2): balances of every account type, funding and bot accounts. Private: needs credentials.
 */
public interface AccountApiV2 extends EndpointCaller {

    /**
     * Balances of the funding account.
     *
     * <p>{@code GET /api/v2/account/funding-assets}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;ClassicAccountFundingAsset&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<ClassicAccountFundingAsset>> getFundingAssets(ClassicAccountCoinRequest request) {
        return call(AccountEndpointsV2.GET_FUNDING_ASSETS, request);
    }

    /**
     * Balances of the funding account.
     *
     * <p>{@code GET /api/v2/account/funding-assets}, signed; rate limit 10 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;ClassicAccountFundingAsset&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<ClassicAccountFundingAsset>> getFundingAssets() {
        return getFundingAssets(new ClassicAccountCoinRequest(null));
    }

    /**
     * Balances of the trading-bot accounts.
     *
     * <p>{@code GET /api/v2/account/bot-assets}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;ClassicAccountBotAsset&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<ClassicAccountBotAsset>> getBotAccount(ClassicAccountBotRequest request) {
        return call(AccountEndpointsV2.GET_BOT_ACCOUNT, request);
    }

    /**
     * Balances of the trading-bot accounts.
     *
     * <p>{@code GET /api/v2/account/bot-assets}, signed; rate limit 10 requests per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;ClassicAccountBotAsset&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<ClassicAccountBotAsset>> getBotAccount() {
        return getBotAccount(new ClassicAccountBotRequest(null));
    }

    /**
     * The USDT value of each account type.
     *
     * <p>{@code GET /api/v2/account/all-account-balance}, signed; rate limit 1 request per second per UID.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;ClassicAccountBalance&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<ClassicAccountBalance>> getBalances() {
        return call(AccountEndpointsV2.GET_BALANCES, null);
    }
}
