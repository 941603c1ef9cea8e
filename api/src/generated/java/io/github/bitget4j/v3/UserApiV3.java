// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import com.google.gson.JsonElement;
import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.UserEndpointsV3;
import io.github.bitget4j.model.v3.UtaCreateAgentSubAccountRequest;
import io.github.bitget4j.model.v3.UtaCreateSubAccountRequest;
import io.github.bitget4j.model.v3.UtaCreateSubApiKeyRequest;
import io.github.bitget4j.model.v3.UtaDeleteSubApiKeyRequest;
import io.github.bitget4j.model.v3.UtaFreezeSubAccountRequest;
import io.github.bitget4j.model.v3.UtaNewAgentSubAccount;
import io.github.bitget4j.model.v3.UtaNewSubAccount;
import io.github.bitget4j.model.v3.UtaNewSubApiKey;
import io.github.bitget4j.model.v3.UtaRateLimitQuota;
import io.github.bitget4j.model.v3.UtaRateLimitQuotaRequest;
import io.github.bitget4j.model.v3.UtaSetRateLimitQuotaRequest;
import io.github.bitget4j.model.v3.UtaSubAccount;
import io.github.bitget4j.model.v3.UtaSubAccountListRequest;
import io.github.bitget4j.model.v3.UtaSubAccounts;
import io.github.bitget4j.model.v3.UtaSubApiKey;
import io.github.bitget4j.model.v3.UtaSubApiKeys;
import io.github.bitget4j.model.v3.UtaSubApiKeysRequest;
import io.github.bitget4j.model.v3.UtaUidQuota;
import io.github.bitget4j.model.v3.UtaUpdateSubApiKeyRequest;
import java.util.stream.Stream;

/**
 * Sub-accounts of a unified account (V3): creation, API keys, rate limit quotas. Main account key only.
 */
public interface UserApiV3 extends EndpointCaller {

    /**
     * Creates a virtual sub-account (in basic mode by default).
     *
     * <p>{@code POST /api/v3/user/create-sub}, signed; rate limit 10 requests per second per UID.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaNewSubAccount}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaNewSubAccount> createSubAccount(UtaCreateSubAccountRequest request) {
        return call(UserEndpointsV3.CREATE_SUB_ACCOUNT, request);
    }

    /**
     * Creates an agent sub-account and its key.
     *
     * <p>{@code POST /api/v3/user/sub-account/agent-create}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaNewAgentSubAccount}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaNewAgentSubAccount> createAgentSubAccount(UtaCreateAgentSubAccountRequest request) {
        return call(UserEndpointsV3.CREATE_AGENT_SUB_ACCOUNT, request);
    }

    /**
     * Freezes or unfreezes a sub-account.
     *
     * <p>{@code POST /api/v3/user/freeze-sub}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code JsonElement}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<JsonElement> freezeSubAccount(UtaFreezeSubAccountRequest request) {
        return call(UserEndpointsV3.FREEZE_SUB_ACCOUNT, request);
    }

    /**
     * The sub-accounts of the main account, one page.
     *
     * <p>{@code GET /api/v3/user/sub-list}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaSubAccounts}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaSubAccounts> getSubAccountList(UtaSubAccountListRequest request) {
        return call(UserEndpointsV3.GET_SUB_ACCOUNT_LIST, request);
    }

    /**
     * Every item of {@link #getSubAccountList}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaSubAccount> streamSubAccountList(UtaSubAccountListRequest request) {
        return Pages.byCursor(request, this::getSubAccountList, page -> page.list(), page -> page.cursor(),
                (r, n) -> new UtaSubAccountListRequest(r.limit(), n, r.extraParams()));
    }

    /**
     * The sub-accounts of the main account, one page.
     *
     * <p>{@code GET /api/v3/user/sub-list}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * <p>With no parameters set.
     *
     * @return Bitget's answer, its {@code data} read as {@code UtaSubAccounts}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaSubAccounts> getSubAccountList() {
        return getSubAccountList(new UtaSubAccountListRequest(null, null));
    }

    /**
     * Creates an API key for a virtual sub-account.
     *
     * <p>{@code POST /api/v3/user/create-sub-api}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaNewSubApiKey}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaNewSubApiKey> createSubAccountApiKey(UtaCreateSubApiKeyRequest request) {
        return call(UserEndpointsV3.CREATE_SUB_ACCOUNT_API_KEY, request);
    }

    /**
     * Changes the permissions or IP list of a sub-account API key.
     *
     * <p>{@code POST /api/v3/user/update-sub-api}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaSubApiKey}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaSubApiKey> updateSubAccountApiKey(UtaUpdateSubApiKeyRequest request) {
        return call(UserEndpointsV3.UPDATE_SUB_ACCOUNT_API_KEY, request);
    }

    /**
     * Deletes a sub-account API key at once.
     *
     * <p>{@code POST /api/v3/user/delete-sub-api}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code JsonElement}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<JsonElement> deleteSubAccountApiKey(UtaDeleteSubApiKeyRequest request) {
        return call(UserEndpointsV3.DELETE_SUB_ACCOUNT_API_KEY, request);
    }

    /**
     * The API keys of one sub-account, one page.
     *
     * <p>{@code GET /api/v3/user/sub-api-list}, signed; rate limit 10 requests per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaSubApiKeys}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaSubApiKeys> getSubAccountApiKeys(UtaSubApiKeysRequest request) {
        return call(UserEndpointsV3.GET_SUB_ACCOUNT_API_KEYS, request);
    }

    /**
     * Sub-account rate limit quotas.
     *
     * <p>{@code GET /api/v3/user/rate-limit-quota}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default); paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code UtaRateLimitQuota}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<UtaRateLimitQuota> getRateLimitQuota(UtaRateLimitQuotaRequest request) {
        return call(UserEndpointsV3.GET_RATE_LIMIT_QUOTA, request);
    }

    /**
     * Every item of {@link #getRateLimitQuota}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaUidQuota> streamRateLimitQuota(UtaRateLimitQuotaRequest request) {
        return Pages.byCursor(request, this::getRateLimitQuota, page -> page.quotaList(), page -> page.cursor(),
                (r, n) -> new UtaRateLimitQuotaRequest(r.category(), r.uid(), n, r.limit(), r.extraParams()));
    }

    /**
     * Sets sub-account rate limit quotas.
     *
     * <p>{@code POST /api/v3/user/set-rate-limit-quota}, signed; rate limit 5 requests per second per UID (no documented limit: the SDK's conservative default).
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code JsonElement}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<JsonElement> setRateLimitQuota(UtaSetRateLimitQuotaRequest request) {
        return call(UserEndpointsV3.SET_RATE_LIMIT_QUOTA, request);
    }
}
