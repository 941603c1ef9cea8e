// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.AccountWalletEndpointsV3;
import io.github.bitget4j.model.v3.UtaAddressBookRequest;
import io.github.bitget4j.model.v3.UtaCancelWithdrawalRequest;
import io.github.bitget4j.model.v3.UtaCoinFilterRequest;
import io.github.bitget4j.model.v3.UtaCoinRequest;
import io.github.bitget4j.model.v3.UtaDepositAccountRequest;
import io.github.bitget4j.model.v3.UtaDepositAddress;
import io.github.bitget4j.model.v3.UtaDepositAddressRequest;
import io.github.bitget4j.model.v3.UtaDepositRecord;
import io.github.bitget4j.model.v3.UtaDepositRecordsRequest;
import io.github.bitget4j.model.v3.UtaFundingAsset;
import io.github.bitget4j.model.v3.UtaMaxTransferable;
import io.github.bitget4j.model.v3.UtaMaxWithdrawal;
import io.github.bitget4j.model.v3.UtaSubDepositAddressRequest;
import io.github.bitget4j.model.v3.UtaSubDepositRecordsRequest;
import io.github.bitget4j.model.v3.UtaSubToMainTransferRequest;
import io.github.bitget4j.model.v3.UtaSubTransferRecords;
import io.github.bitget4j.model.v3.UtaSubTransferRecordsRequest;
import io.github.bitget4j.model.v3.UtaSubTransferRequest;
import io.github.bitget4j.model.v3.UtaTransferRequest;
import io.github.bitget4j.model.v3.UtaTransferResult;
import io.github.bitget4j.model.v3.UtaTransferableCoinsRequest;
import io.github.bitget4j.model.v3.UtaWithdrawAddress;
import io.github.bitget4j.model.v3.UtaWithdrawAddressBook;
import io.github.bitget4j.model.v3.UtaWithdrawRecord;
import io.github.bitget4j.model.v3.UtaWithdrawRecordsRequest;
import io.github.bitget4j.model.v3.UtaWithdrawRequest;
import io.github.bitget4j.model.v3.UtaWithdrawResult;
import java.util.List;
import java.util.stream.Stream;

/**
 * Unified account wallet (V3): transfers, deposits, withdrawals. Private. Give each a clientOid and check the records before a retry.
 */
public interface AccountWalletApiV3 extends EndpointCaller {

    /**
     * Balances of the funding account (coins with a balance only).
     *
     * <p>{@code GET /api/v3/account/funding-assets}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaFundingAsset&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaFundingAsset>> getFundingAssets(UtaCoinFilterRequest request) {
        return call(AccountWalletEndpointsV3.GET_FUNDING_ASSETS, request);
    }

    /**
     * Balances of the funding account (coins with a balance only).
     *
     * <p>{@code GET /api/v3/account/funding-assets}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaFundingAsset&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaFundingAsset>> getFundingAssets() {
        return getFundingAssets(new UtaCoinFilterRequest(null));
    }

    /**
     * Largest transferable amount of a coin.
     *
     * <p>{@code GET /api/v3/account/max-transferable}, signed; rate limit 3 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaMaxTransferable}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaMaxTransferable> getMaxTransferable(UtaCoinRequest request) {
        return call(AccountWalletEndpointsV3.GET_MAX_TRANSFERABLE, request);
    }

    /**
     * Largest withdrawable amount of a coin (an estimate).
     *
     * <p>{@code GET /api/v3/account/max-withdrawal}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaMaxWithdrawal}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaMaxWithdrawal> getMaxWithdrawal(UtaCoinRequest request) {
        return call(AccountWalletEndpointsV3.GET_MAX_WITHDRAWAL, request);
    }

    /**
     * The coins that can move between two account types.
     *
     * <p>{@code GET /api/v3/account/transferable-coins}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;String&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<String>> getTransferableCoins(UtaTransferableCoinsRequest request) {
        return call(AccountWalletEndpointsV3.GET_TRANSFERABLE_COINS, request);
    }

    /**
     * Moves a coin between two accounts of this user, e.g. funding to unified.
     *
     * <p>{@code POST /api/v3/account/transfer}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaTransferResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaTransferResult> submitTransfer(UtaTransferRequest request) {
        return call(AccountWalletEndpointsV3.SUBMIT_TRANSFER, request);
    }

    /**
     * Main/sub or sub/sub transfer (main key).
     *
     * <p>{@code POST /api/v3/account/sub-transfer}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaTransferResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaTransferResult> subAccountTransfer(UtaSubTransferRequest request) {
        return call(AccountWalletEndpointsV3.SUB_ACCOUNT_TRANSFER, request);
    }

    /**
     * Sub-account to main transfer (sub key).
     *
     * <p>{@code POST /api/v3/account/sub-master-transfer}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaTransferResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaTransferResult> subMasterTransfer(UtaSubToMainTransferRequest request) {
        return call(AccountWalletEndpointsV3.SUB_MASTER_TRANSFER, request);
    }

    /**
     * Main/sub transfers, one page.
     *
     * <p>{@code GET /api/v3/account/sub-transfer-record}, signed; rate limit 5 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaSubTransferRecords}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaSubTransferRecords> getSubTransferRecords(UtaSubTransferRecordsRequest request) {
        return call(AccountWalletEndpointsV3.GET_SUB_TRANSFER_RECORDS, request);
    }

    /**
     * Main/sub transfers, one page.
     *
     * <p>{@code GET /api/v3/account/sub-transfer-record}, signed; rate limit 5 requests per second per UID; paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaSubTransferRecords}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaSubTransferRecords> getSubTransferRecords() {
        return getSubTransferRecords(new UtaSubTransferRecordsRequest(null, null, null, null, null, null, null, null));
    }

    /**
     * Sets the account a coin's deposits go to.
     *
     * <p>{@code POST /api/v3/account/deposit-account}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> setDepositAccount(UtaDepositAccountRequest request) {
        return call(AccountWalletEndpointsV3.SET_DEPOSIT_ACCOUNT, request);
    }

    /**
     * A deposit address of a coin.
     *
     * <p>{@code GET /api/v3/account/deposit-address}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaDepositAddress}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaDepositAddress> getDepositAddress(UtaDepositAddressRequest request) {
        return call(AccountWalletEndpointsV3.GET_DEPOSIT_ADDRESS, request);
    }

    /**
     * A deposit address of a coin for a sub-account.
     *
     * <p>{@code GET /api/v3/account/sub-deposit-address}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaDepositAddress}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaDepositAddress> getSubDepositAddress(UtaSubDepositAddressRequest request) {
        return call(AccountWalletEndpointsV3.GET_SUB_DEPOSIT_ADDRESS, request);
    }

    /**
     * Deposits within a time range, newest first, one page.
     *
     * <p>{@code GET /api/v3/account/deposit-records}, signed; rate limit 10 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaDepositRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaDepositRecord>> getDepositRecords(UtaDepositRecordsRequest request) {
        return call(AccountWalletEndpointsV3.GET_DEPOSIT_RECORDS, request);
    }

    /**
     * Every item of {@link #getDepositRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaDepositRecord> streamDepositRecords(UtaDepositRecordsRequest request) {
        return Pages.byCursor(request, this::getDepositRecords, page -> page, page -> page.get(page.size() - 1).orderId(),
                (r, n) -> new UtaDepositRecordsRequest(r.startTime(), r.endTime(), r.coin(), r.orderId(), r.limit(), n, r.extraParams()));
    }

    /**
     * Sub-account deposits, one page.
     *
     * <p>{@code POST /api/v3/account/sub-deposit-records}, signed; rate limit 10 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaDepositRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaDepositRecord>> getSubDepositRecords(UtaSubDepositRecordsRequest request) {
        return call(AccountWalletEndpointsV3.GET_SUB_DEPOSIT_RECORDS, request);
    }

    /**
     * Every item of {@link #getSubDepositRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaDepositRecord> streamSubDepositRecords(UtaSubDepositRecordsRequest request) {
        return Pages.byCursor(request, this::getSubDepositRecords, page -> page, page -> page.get(page.size() - 1).orderId(),
                (r, n) -> new UtaSubDepositRecordsRequest(r.subUid(), r.startTime(), r.endTime(), r.coin(), r.limit(), n, r.extraParams()));
    }

    /**
     * Withdraws a coin; irreversible once processed.
     *
     * <p>{@code POST /api/v3/account/withdraw}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaWithdrawResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaWithdrawResult> submitWithdraw(UtaWithdrawRequest request) {
        return call(AccountWalletEndpointsV3.SUBMIT_WITHDRAW, request);
    }

    /**
     * Withdrawals within a time range, newest first, one page.
     *
     * <p>{@code GET /api/v3/account/withdrawal-records}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaWithdrawRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaWithdrawRecord>> getWithdrawRecords(UtaWithdrawRecordsRequest request) {
        return call(AccountWalletEndpointsV3.GET_WITHDRAW_RECORDS, request);
    }

    /**
     * Every item of {@link #getWithdrawRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaWithdrawRecord> streamWithdrawRecords(UtaWithdrawRecordsRequest request) {
        return Pages.byCursor(request, this::getWithdrawRecords, page -> page, page -> page.get(page.size() - 1).orderId(),
                (r, n) -> new UtaWithdrawRecordsRequest(r.startTime(), r.endTime(), r.coin(), r.orderId(), r.clientOid(), r.limit(), n, r.extraParams()));
    }

    /**
     * The saved withdrawal addresses, one page.
     *
     * <p>{@code GET /api/v3/account/withdraw-address}, signed; rate limit 1 request per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaWithdrawAddressBook}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaWithdrawAddressBook> getWithdrawAddressBook(UtaAddressBookRequest request) {
        return call(AccountWalletEndpointsV3.GET_WITHDRAW_ADDRESS_BOOK, request);
    }

    /**
     * Every item of {@link #getWithdrawAddressBook}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaWithdrawAddress> streamWithdrawAddressBook(UtaAddressBookRequest request) {
        return Pages.byCursor(request, this::getWithdrawAddressBook, page -> page.addressList(), page -> page.cursor(),
                (r, n) -> new UtaAddressBookRequest(r.coin(), r.type(), r.limit(), n, r.extraParams()));
    }

    /**
     * The saved withdrawal addresses, one page.
     *
     * <p>{@code GET /api/v3/account/withdraw-address}, signed; rate limit 1 request per second per UID; paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaWithdrawAddressBook}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaWithdrawAddressBook> getWithdrawAddressBook() {
        return getWithdrawAddressBook(new UtaAddressBookRequest(null, null, null, null));
    }

    /**
     * Cancels a withdrawal still in its cooling-off period.
     *
     * <p>{@code POST /api/v3/account/cancel-withdrawal}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> cancelWithdrawal(UtaCancelWithdrawalRequest request) {
        return call(AccountWalletEndpointsV3.CANCEL_WITHDRAWAL, request);
    }

    /**
     * Cancels a withdrawal still in its cooling-off period.
     *
     * <p>{@code POST /api/v3/account/cancel-withdrawal}, signed; rate limit 1 request per second per UID.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code String}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<String> cancelWithdrawal() {
        return cancelWithdrawal(new UtaCancelWithdrawalRequest(null, null));
    }
}
