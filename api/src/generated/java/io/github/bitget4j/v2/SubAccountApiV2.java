// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v2;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.SubAccountEndpointsV2;
import io.github.bitget4j.model.v2.user.SubAccount;
import io.github.bitget4j.model.v2.user.SubAccountAgent;
import io.github.bitget4j.model.v2.user.SubAccountAgentCreateRequest;
import io.github.bitget4j.model.v2.user.SubAccountApiKey;
import io.github.bitget4j.model.v2.user.SubAccountApiKeyCreateRequest;
import io.github.bitget4j.model.v2.user.SubAccountApiKeyModifyRequest;
import io.github.bitget4j.model.v2.user.SubAccountApiKeySecret;
import io.github.bitget4j.model.v2.user.SubAccountApiKeysRequest;
import io.github.bitget4j.model.v2.user.SubAccountCreateRequest;
import io.github.bitget4j.model.v2.user.SubAccountCreateResult;
import io.github.bitget4j.model.v2.user.SubAccountList;
import io.github.bitget4j.model.v2.user.SubAccountListRequest;
import io.github.bitget4j.model.v2.user.SubAccountModifyRequest;
import io.github.bitget4j.model.v2.user.SubAccountModifyResult;
import io.github.bitget4j.model.v2.user.SubAccountWithApiKey;
import io.github.bitget4j.model.v2.user.SubAccountWithKeyItem;
import java.util.List;
import java.util.stream.Stream;

/**
 * Virtual sub-accounts and their API keys (V2), main account only. Secrets: never log.
 */
public interface SubAccountApiV2 extends EndpointCaller {

    /**
     * Creates virtual sub-accounts in batch.
     *
     * <p>{@code POST /api/v2/user/create-virtual-subaccount}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SubAccountCreateResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SubAccountCreateResult> createVirtualSubaccount(SubAccountCreateRequest request) {
        return call(SubAccountEndpointsV2.CREATE_VIRTUAL_SUBACCOUNT, request);
    }

    /**
     * Changes permissions or freezes.
     *
     * <p>{@code POST /api/v2/user/modify-virtual-subaccount}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SubAccountModifyResult}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SubAccountModifyResult> modifyVirtualSubaccount(SubAccountModifyRequest request) {
        return call(SubAccountEndpointsV2.MODIFY_VIRTUAL_SUBACCOUNT, request);
    }

    /**
     * Creates sub-accounts with API keys.
     *
     * <p>{@code POST /api/v2/user/batch-create-subaccount-and-apikey}, signed; rate limit 1 request per second per UID.
     *
     * @param requests the elements of the JSON array sent
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SubAccountWithApiKey&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SubAccountWithApiKey>> batchCreateVirtualSubaccountAndAPIKey(List<SubAccountWithKeyItem> requests) {
        return call(SubAccountEndpointsV2.BATCH_CREATE_VIRTUAL_SUBACCOUNT_AND_API_KEY, requests);
    }

    /**
     * Lists virtual sub-accounts.
     *
     * <p>{@code GET /api/v2/user/virtual-subaccount-list}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SubAccountList}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SubAccountList> getVirtualSubaccounts(SubAccountListRequest request) {
        return call(SubAccountEndpointsV2.GET_VIRTUAL_SUBACCOUNTS, request);
    }

    /**
     * Every item of {@link #getVirtualSubaccounts}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code idLessThan}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<SubAccount> streamVirtualSubaccounts(SubAccountListRequest request) {
        return Pages.byCursor(request, this::getVirtualSubaccounts, page -> page.subAccountList(), page -> page.endId(),
                (r, n) -> new SubAccountListRequest(r.limit(), n, r.status(), r.extraParams()));
    }

    /**
     * Lists virtual sub-accounts.
     *
     * <p>{@code GET /api/v2/user/virtual-subaccount-list}, signed; rate limit 10 requests per second per UID; paginated by {@code idLessThan}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code SubAccountList}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SubAccountList> getVirtualSubaccounts() {
        return getVirtualSubaccounts(new SubAccountListRequest(null, null, null));
    }

    /**
     * Creates a sub-account API key.
     *
     * <p>{@code POST /api/v2/user/create-virtual-subaccount-apikey}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SubAccountApiKeySecret}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SubAccountApiKeySecret> createVirtualSubaccountAPIKey(SubAccountApiKeyCreateRequest request) {
        return call(SubAccountEndpointsV2.CREATE_VIRTUAL_SUBACCOUNT_API_KEY, request);
    }

    /**
     * Changes a sub-account API key.
     *
     * <p>{@code POST /api/v2/user/modify-virtual-subaccount-apikey}, signed; rate limit 5 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SubAccountApiKeySecret}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SubAccountApiKeySecret> modifyVirtualSubaccountAPIKey(SubAccountApiKeyModifyRequest request) {
        return call(SubAccountEndpointsV2.MODIFY_VIRTUAL_SUBACCOUNT_API_KEY, request);
    }

    /**
     * Lists a sub-account's API keys.
     *
     * <p>{@code GET /api/v2/user/virtual-subaccount-apikey-list}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;SubAccountApiKey&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<SubAccountApiKey>> getVirtualSubaccountAPIKeys(SubAccountApiKeysRequest request) {
        return call(SubAccountEndpointsV2.GET_VIRTUAL_SUBACCOUNT_API_KEYS, request);
    }

    /**
     * Creates an AI-agent sub-account.
     *
     * <p>{@code POST /api/v2/user/create-agent-subaccount}, signed; rate limit 1 request per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code SubAccountAgent}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<SubAccountAgent> createAgentSubaccount(SubAccountAgentCreateRequest request) {
        return call(SubAccountEndpointsV2.CREATE_AGENT_SUBACCOUNT, request);
    }
}
