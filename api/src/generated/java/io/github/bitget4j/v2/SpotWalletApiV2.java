// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.SpotWalletEndpointsV2;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v2.SpotCancelWithdrawalRequest;
import io.github.bitget4j.model.v2.SpotDepositAddress;
import io.github.bitget4j.model.v2.SpotDepositAddressRequest;
import io.github.bitget4j.model.v2.SpotDepositRecord;
import io.github.bitget4j.model.v2.SpotDepositRecordsRequest;
import io.github.bitget4j.model.v2.SpotModifyDepositAccountRequest;
import io.github.bitget4j.model.v2.SpotSubDepositAddressRequest;
import io.github.bitget4j.model.v2.SpotSubDepositRecordsRequest;
import io.github.bitget4j.model.v2.SpotSubTransferRequest;
import io.github.bitget4j.model.v2.SpotTransferRequest;
import io.github.bitget4j.model.v2.SpotTransferResult;
import io.github.bitget4j.model.v2.SpotTransferableCoinsRequest;
import io.github.bitget4j.model.v2.SpotWithdrawRequest;
import io.github.bitget4j.model.v2.SpotWithdrawalRecord;
import io.github.bitget4j.model.v2.SpotWithdrawalRecordsRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Spot wallet (V2): transfers, deposits and withdrawals. Private: needs credentials. Moves money: a transfer or withdrawal that fails with a {@code BitgetConnectionException} whose {@code mayHaveReachedServer()} is true may have gone through: look it up by clientOid before sending it again.
 */
public interface SpotWalletApiV2 extends EndpointCaller {

    /**
     * Moves a coin between two account types of the same account.
     *
     * <p>{@code POST /api/v2/spot/wallet/transfer}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotTransferResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotTransferResult> spotTransfer(SpotTransferRequest request) {
        return call(SpotWalletEndpointsV2.SPOT_TRANSFER, request);
    }

    /**
     * Coins that can move from one account type to another.
     *
     * <p>{@code GET /api/v2/spot/wallet/transfer-coin-info}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;String&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<String>> getSpotTransferableCoins(SpotTransferableCoinsRequest request) {
        return call(SpotWalletEndpointsV2.GET_SPOT_TRANSFERABLE_COINS, request);
    }

    /**
     * Moves a coin between main and sub-accounts (main account key only).
     *
     * <p>{@code POST /api/v2/spot/wallet/subaccount-transfer}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotTransferResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotTransferResult> spotSubTransfer(SpotSubTransferRequest request) {
        return call(SpotWalletEndpointsV2.SPOT_SUB_TRANSFER, request);
    }

    /**
     * Withdraws on chain or to another Bitget account (address book only).
     *
     * <p>{@code POST /api/v2/spot/wallet/withdrawal}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code OrderIds}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<OrderIds> spotWithdraw(SpotWithdrawRequest request) {
        return call(SpotWalletEndpointsV2.SPOT_WITHDRAW, request);
    }

    /**
     * Cancels a withdrawal still under review or in its cancel window.
     *
     * <p>{@code POST /api/v2/spot/wallet/cancel-withdrawal}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> spotCancelWithdrawal(SpotCancelWithdrawalRequest request) {
        return call(SpotWalletEndpointsV2.SPOT_CANCEL_WITHDRAWAL, request);
    }

    /**
     * Withdrawals in a time range, one page.
     *
     * <p>{@code GET /api/v2/spot/wallet/withdrawal-records}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotWithdrawalRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotWithdrawalRecord>> getSpotWithdrawalHistory(SpotWithdrawalRecordsRequest request) {
        return call(SpotWalletEndpointsV2.GET_SPOT_WITHDRAWAL_HISTORY, request);
    }

    /**
     * Every item of {@link #getSpotWithdrawalHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<SpotWithdrawalRecord> streamSpotWithdrawalHistory(SpotWithdrawalRecordsRequest request) {
        return Pages.byCursor(request, this::getSpotWithdrawalHistory, page -> page, page -> page.get(page.size() - 1).orderId(),
                (r, n) -> new SpotWithdrawalRecordsRequest(r.coin(), r.clientOid(), r.startTime(), r.endTime(), n, r.orderId(), r.limit(), r.extraParams()));
    }

    /**
     * The account's deposit address for a coin.
     *
     * <p>{@code GET /api/v2/spot/wallet/deposit-address}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotDepositAddress}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotDepositAddress> getSpotDepositAddress(SpotDepositAddressRequest request) {
        return call(SpotWalletEndpointsV2.GET_SPOT_DEPOSIT_ADDRESS, request);
    }

    /**
     * A sub-account's deposit address (main account only).
     *
     * <p>{@code GET /api/v2/spot/wallet/subaccount-deposit-address}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SpotDepositAddress}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SpotDepositAddress> getSpotSubDepositAddress(SpotSubDepositAddressRequest request) {
        return call(SpotWalletEndpointsV2.GET_SPOT_SUB_DEPOSIT_ADDRESS, request);
    }

    /**
     * Deposits in a time range (fiat deposits excluded), one page.
     *
     * <p>{@code GET /api/v2/spot/wallet/deposit-records}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotDepositRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotDepositRecord>> getSpotDepositHistory(SpotDepositRecordsRequest request) {
        return call(SpotWalletEndpointsV2.GET_SPOT_DEPOSIT_HISTORY, request);
    }

    /**
     * Every item of {@link #getSpotDepositHistory}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<SpotDepositRecord> streamSpotDepositHistory(SpotDepositRecordsRequest request) {
        return Pages.byCursor(request, this::getSpotDepositHistory, page -> page, page -> page.get(page.size() - 1).orderId(),
                (r, n) -> new SpotDepositRecordsRequest(r.coin(), r.orderId(), r.startTime(), r.endTime(), n, r.limit(), r.extraParams()));
    }

    /**
     * Deposits of one sub-account, one page.
     *
     * <p>{@code GET /api/v2/spot/wallet/subaccount-deposit-records}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SpotDepositRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SpotDepositRecord>> getSubAccountDepositRecords(SpotSubDepositRecordsRequest request) {
        return call(SpotWalletEndpointsV2.GET_SUB_ACCOUNT_DEPOSIT_RECORDS, request);
    }

    /**
     * Every item of {@link #getSubAccountDepositRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<SpotDepositRecord> streamSubAccountDepositRecords(SpotSubDepositRecordsRequest request) {
        return Pages.byCursor(request, this::getSubAccountDepositRecords, page -> page, page -> page.get(page.size() - 1).orderId(),
                (r, n) -> new SpotSubDepositRecordsRequest(r.subUid(), r.coin(), r.startTime(), r.endTime(), n, r.limit(), r.extraParams()));
    }

    /**
     * Sets the account type that receives deposits of a coin.
     *
     * <p>{@code POST /api/v2/spot/wallet/modify-deposit-account}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> spotModifyDepositAccount(SpotModifyDepositAccountRequest request) {
        return call(SpotWalletEndpointsV2.SPOT_MODIFY_DEPOSIT_ACCOUNT, request);
    }
}
