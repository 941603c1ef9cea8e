// Generated from codegen/model/v3/tax.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.v3;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.EndpointCaller;
import io.github.bitget4j.internal.Pages;
import io.github.bitget4j.internal.endpoints.TaxEndpointsV3;
import io.github.bitget4j.model.v3.UtaTaxRecord;
import io.github.bitget4j.model.v3.UtaTaxRecordsRequest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tax records of a unified account (V3). Private: needs a tax API key.
 */
public interface TaxApiV3 extends EndpointCaller {

    /**
     * Tax ledger records (7 days a query), one page.
     *
     * <p>{@code GET /api/v3/tax/records}, signed; rate limit 1 request per second per UID; paginated by {@code cursor}.
     *
     * @param request the parameters, checked when it was built
     * @return Bitget's answer, its {@code data} read as {@code List&lt;UtaTaxRecord&gt;}
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; its {@code requestFate()} tells whether the request may have reached Bitget
     */
    default ApiResponse<List<UtaTaxRecord>> getTaxRecords(UtaTaxRecordsRequest request) {
        return call(TaxEndpointsV3.GET_TAX_RECORDS, request);
    }

    /**
     * Every item of {@link #getTaxRecords}, page after page, starting with {@code request}: a page is fetched only when the stream reaches it, and the walk ends at an empty page or when Bitget gives no next {@code cursor}.
     *
     * @param request the first page's parameters
     * @return a lazy, sequential stream of the items; a failed page fetch throws from the stream
     */
    default Stream<UtaTaxRecord> streamTaxRecords(UtaTaxRecordsRequest request) {
        return Pages.byCursor(request, this::getTaxRecords, page -> page, page -> page.get(page.size() - 1).id(),
                (r, n) -> new UtaTaxRecordsRequest(r.bizType(), r.startTime(), r.endTime(), r.marginType(), r.coin(), r.limit(), n, r.extraParams()));
    }
}
