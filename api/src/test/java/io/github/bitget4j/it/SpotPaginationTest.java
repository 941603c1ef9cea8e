package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.model.v2.SpotCurrentPlanOrdersRequest;
import io.github.bitget4j.model.v2.SpotFill;
import io.github.bitget4j.model.v2.SpotFillsRequest;
import io.github.bitget4j.model.v2.SpotOpenOrdersRequest;
import io.github.bitget4j.model.v2.SpotOrderInfo;
import io.github.bitget4j.model.v2.SpotPlanOrder;
import io.github.bitget4j.testkit.RecordedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated V2 spot page walkers against the testkit, which pages as Bitget does: newest first, only ids
 * below {@code idLessThan}, at most {@code limit}, within {@code startTime}/{@code endTime}.
 */
class SpotPaginationTest extends TestkitFixture {

    private static final int ORDERS = 9;
    private static final int PAGE = 3;

    @Test
    void orderHistoryWalksThreePagesFollowingTheLastOrderId() {
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            List<String> placed = placeFilledOrders(client);

            List<SpotOrderInfo> orders = client.streamSpotHistoricOrders(
                    SpotOpenOrdersRequest.builder().symbol(SpotState.SYMBOL).limit(PAGE).build()).toList();

            assertThat(orders).extracting(SpotOrderInfo::orderId).containsExactlyElementsOf(placed.reversed());
            List<RecordedRequest> pages = server.requests("/api/v2/spot/trade/history-orders");
            assertThat(pages).as("three full pages, then the empty one that ends the walk").hasSize(4);
            assertThat(query(pages.getFirst())).doesNotContainKey("idLessThan").containsEntry("limit", "3");
            for (int page = 1; page < pages.size(); page++) {
                assertThat(query(pages.get(page)))
                        .containsEntry("idLessThan", orders.get(page * PAGE - 1).orderId())
                        .containsEntry("limit", "3");
            }
        }
    }

    @Test
    void fillsWalkThreePagesFollowingTheLastTradeId() {
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            List<String> placed = placeFilledOrders(client); // one fill each

            List<SpotFill> fills = client.streamSpotFills(
                    SpotFillsRequest.builder().symbol(SpotState.SYMBOL).limit(PAGE).build()).toList();

            assertThat(fills).extracting(SpotFill::tradeId).doesNotHaveDuplicates();
            assertThat(fills).extracting(SpotFill::orderId).containsExactlyElementsOf(placed.reversed());
            List<RecordedRequest> pages = server.requests("/api/v2/spot/trade/fills");
            assertThat(pages).as("three full pages, then the empty one that ends the walk").hasSize(4);
            assertThat(query(pages.getFirst())).doesNotContainKey("idLessThan");
            for (int page = 1; page < pages.size(); page++) {
                // Bitget pages fills by tradeId: an orderId here would skip or repeat fills
                assertThat(query(pages.get(page))).containsEntry("idLessThan", fills.get(page * PAGE - 1).tradeId());
            }
        }
    }

    @Test
    void historyHonoursTheTimeWindowAndIdLessThan() {
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            placeFilledOrders(client);
            List<SpotOrderInfo> all = client.getSpotHistoricOrders(SpotOpenOrdersRequest.all()).data();
            long newest = all.getFirst().cTime();
            long oldest = all.getLast().cTime();

            assertThat(all).hasSize(ORDERS);
            assertThat(history(client, SpotOpenOrdersRequest.builder().startTime(newest + 1))).isEmpty();
            assertThat(history(client, SpotOpenOrdersRequest.builder().endTime(oldest - 1))).isEmpty();
            assertThat(history(client, SpotOpenOrdersRequest.builder().startTime(oldest).endTime(newest)))
                    .hasSize(ORDERS);
            assertThat(history(client, SpotOpenOrdersRequest.builder().idLessThan(all.get(4).orderId())))
                    .extracting(SpotOrderInfo::orderId)
                    .containsExactlyElementsOf(all.subList(5, ORDERS).stream().map(SpotOrderInfo::orderId).toList());

            List<SpotFill> fills = client.getSpotFills(SpotFillsRequest.builder()
                    .endTime(Instant.ofEpochMilli(oldest - 1)).build()).data();
            assertThat(fills).isEmpty();
        }
    }

    @Test
    void livePlanOrdersWalkByTheIdLessThanTheirPageHandsBack() {
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            List<String> placed = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                placed.add(SpotState.planOrderId(client));
            }
            server.clearRequests();

            List<SpotPlanOrder> plans = client.streamSpotCurrentPlanOrders(
                    SpotCurrentPlanOrdersRequest.builder().symbol(SpotState.SYMBOL).limit(2).build()).toList();

            assertThat(plans).extracting(SpotPlanOrder::orderId).containsExactlyElementsOf(placed.reversed());
            List<RecordedRequest> pages = server.requests("/api/v2/spot/trade/current-plan-order");
            assertThat(pages).hasSizeBetween(3, 4); // the walk may ask once more to learn that nothing is left
            assertThat(query(pages.get(1))).containsEntry("idLessThan", plans.get(1).orderId());
        }
    }

    /** Places {@link #ORDERS} market sells, each filled at once; returns their ids, oldest first. */
    private static List<String> placeFilledOrders(RestClientV2 client) {
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            placed.add(SpotState.marketSell(client));
        }
        server.clearRequests();
        return placed;
    }

    private static List<SpotOrderInfo> history(RestClientV2 client, SpotOpenOrdersRequest.Builder request) {
        return client.getSpotHistoricOrders(request.build()).data();
    }

    private static Map<String, String> query(RecordedRequest request) {
        Map<String, String> values = new HashMap<>();
        for (String pair : request.rawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
