package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.errors.BitgetApiException;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.v2.SpotAccountType;
import io.github.bitget4j.model.v2.SpotAssetsRequest;
import io.github.bitget4j.model.v2.SpotCancelPlanOrderRequest;
import io.github.bitget4j.model.v2.SpotCancelWithdrawalRequest;
import io.github.bitget4j.model.v2.SpotCurrentPlanOrdersRequest;
import io.github.bitget4j.model.v2.SpotDepositRecord;
import io.github.bitget4j.model.v2.SpotDepositRecordsRequest;
import io.github.bitget4j.model.v2.SpotHistoricPlanOrdersRequest;
import io.github.bitget4j.model.v2.SpotModifyPlanOrderRequest;
import io.github.bitget4j.model.v2.SpotPlanOrder;
import io.github.bitget4j.model.v2.SpotPlanSubOrderRequest;
import io.github.bitget4j.model.v2.SpotTransferRecord;
import io.github.bitget4j.model.v2.SpotTransferRecordsRequest;
import io.github.bitget4j.model.v2.SpotTransferRequest;
import io.github.bitget4j.model.v2.SpotTransferResult;
import io.github.bitget4j.model.v2.SpotWithdrawRequest;
import io.github.bitget4j.model.v2.SpotWithdrawalRecord;
import io.github.bitget4j.model.v2.SpotWithdrawalRecordsRequest;
import io.github.bitget4j.model.v2.futures.FuturesProductTypeRequest;
import io.github.bitget4j.model.v2.futures.ProductType;
import io.github.bitget4j.testkit.TestCredentials;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulated V2 spot plan orders and wallet through the typed client: state that later calls read back. */
class SpotWalletAndPlanFlowTest extends TestkitFixture {

    private static final Instant SINCE = Instant.now().minus(Duration.ofDays(1));
    private static final Instant UNTIL = Instant.now().plus(Duration.ofDays(1));

    @Test
    void planOrderIsListedModifiedAndCancelled() {
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            String planId = SpotState.planOrderId(client);
            assertThat(livePlans(client)).extracting(SpotPlanOrder::orderId).containsExactly(planId);
            assertThat(livePlans(client).getFirst().triggerPrice()).isEqualByComparingTo("90000");

            client.spotModifyPlanOrder(SpotModifyPlanOrderRequest.builder().orderId(planId)
                    .triggerPrice(new BigDecimal("95000")).orderType(OrderType.MARKET).size(new BigDecimal("0.002")).build());
            SpotPlanOrder modified = livePlans(client).getFirst();
            assertThat(modified.triggerPrice()).isEqualByComparingTo("95000");
            assertThat(modified.size()).isEqualByComparingTo("0.002");
            assertThat(modified.orderType()).isEqualTo(OrderType.MARKET);
            assertThat(modified.executePrice()).as("a market plan order has no execute price").isNull();
            assertThat(client.getSpotPlanSubOrder(SpotPlanSubOrderRequest.of(planId)).data()).as("never fired").isEmpty();

            assertThat(client.spotCancelPlanOrder(SpotCancelPlanOrderRequest.byOrderId(planId)).data().result())
                    .isEqualTo("success");
            assertThat(livePlans(client)).isEmpty();
            List<SpotPlanOrder> finished = client.getSpotHistoricPlanOrders(
                    SpotHistoricPlanOrdersRequest.of(SpotState.SYMBOL, SINCE, UNTIL)).data().orderList();
            assertThat(finished).extracting(SpotPlanOrder::orderId, SpotPlanOrder::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(planId, "cancel"));
            assertThat(failureOf(BitgetApiException.class,
                    () -> client.spotCancelPlanOrder(SpotCancelPlanOrderRequest.byOrderId(planId))).code())
                    .as("a cancelled plan order cannot be cancelled again").isEqualTo("43001");
        }
    }

    @Test
    void transferToFuturesAndBackMovesBothBalancesAndIsRecorded() {
        TestCredentials key = server.createHmacKey();
        try (RestClientV2 client = v2ClientOf(key)) {
            BigDecimal spot = spotUsdt(client);
            BigDecimal futures = futuresUsdt(client);
            String clientOid = newClientOid("tr");

            SpotTransferResult out = client.spotTransfer(SpotTransferRequest.builder().fromType(SpotAccountType.SPOT)
                    .toType(SpotAccountType.USDT_FUTURES).coin("USDT").amount(new BigDecimal("250")).clientOid(clientOid)
                    .build()).data();
            assertThat(spotUsdt(client)).isEqualByComparingTo(spot.subtract(new BigDecimal("250")));
            assertThat(futuresUsdt(client)).isEqualByComparingTo(futures.add(new BigDecimal("250")));

            SpotTransferResult again = client.spotTransfer(SpotTransferRequest.builder().fromType(SpotAccountType.SPOT)
                    .toType(SpotAccountType.USDT_FUTURES).coin("USDT").amount(new BigDecimal("250")).clientOid(clientOid)
                    .build()).data();
            assertThat(again.transferId()).as("a repeated clientOid names the first transfer").isEqualTo(out.transferId());
            assertThat(spotUsdt(client)).isEqualByComparingTo(spot.subtract(new BigDecimal("250")));

            client.spotTransfer(SpotTransferRequest.of(SpotAccountType.USDT_FUTURES, SpotAccountType.SPOT, "USDT",
                    new BigDecimal("100")));
            assertThat(spotUsdt(client)).isEqualByComparingTo(spot.subtract(new BigDecimal("150")));
            assertThat(futuresUsdt(client)).isEqualByComparingTo(futures.add(new BigDecimal("150")));
            assertThat(server.balance(key.apiKey(), "USDT").available()).isEqualByComparingTo(spotUsdt(client));

            List<SpotTransferRecord> fromSpot = client.getSpotTransferHistory(
                    SpotTransferRecordsRequest.of("USDT", SpotAccountType.SPOT)).data();
            assertThat(fromSpot).singleElement().satisfies(r -> {
                assertThat(r.transferId()).isEqualTo(out.transferId());
                assertThat(r.toType()).isEqualTo(SpotAccountType.USDT_FUTURES);
                assertThat(r.size()).isEqualByComparingTo("250");
                assertThat(r.clientOid()).isEqualTo(clientOid);
            });
            assertThat(client.getSpotTransferHistory(SpotTransferRecordsRequest.of("USDT", SpotAccountType.USDT_FUTURES))
                    .data()).singleElement().satisfies(r -> assertThat(r.size()).isEqualByComparingTo("100"));

            BitgetApiException tooMuch = failureOf(BitgetApiException.class, () -> client.spotTransfer(SpotTransferRequest.of(
                    SpotAccountType.USDT_FUTURES, SpotAccountType.SPOT, "USDT", futures.multiply(BigDecimal.TWO))));
            assertThat(tooMuch.code()).isEqualTo("43012");
            assertThat(futuresUsdt(client)).as("a refused transfer moves nothing").isEqualByComparingTo(futures.add(new BigDecimal("150")));
        }
    }

    @Test
    void withdrawalIsDebitedRecordedAndCancelled() {
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            BigDecimal before = spotUsdt(client);
            String clientOid = newClientOid("wd");

            String id = client.spotWithdraw(SpotWithdrawRequest.builder().coin("USDT").transferType(
                    io.github.bitget4j.model.v2.SpotWithdrawType.ON_CHAIN).address("TTestkitAddress").chain("trc20")
                    .size(new BigDecimal("12.5")).clientOid(clientOid).build()).data().orderId();
            assertThat(spotUsdt(client)).isEqualByComparingTo(before.subtract(new BigDecimal("12.5")));
            SpotWithdrawalRecord pending = withdrawals(client).getFirst();
            assertThat(pending.orderId()).isEqualTo(id);
            assertThat(pending.status()).isEqualTo("pending");
            assertThat(pending.size()).isEqualByComparingTo("12.5");
            assertThat(pending.clientOid()).isEqualTo(clientOid);
            assertThat(pending.toAddress()).isEqualTo("TTestkitAddress");

            assertThat(client.spotCancelWithdrawal(SpotCancelWithdrawalRequest.of(id)).data()).isEqualTo("success");
            assertThat(spotUsdt(client)).as("the money comes back").isEqualByComparingTo(before);
            assertThat(withdrawals(client)).singleElement().satisfies(w -> assertThat(w.status()).isEqualTo("fail"));
            assertThat(failureOf(BitgetApiException.class,
                    () -> client.spotCancelWithdrawal(SpotCancelWithdrawalRequest.of(id))).code()).isEqualTo("43004");
            assertThat(spotUsdt(client)).as("a second cancel credits nothing").isEqualByComparingTo(before);
        }
    }

    @Test
    void depositCreditedThroughTheTestkitIsListed() {
        TestCredentials key = server.createHmacKey();
        try (RestClientV2 client = v2ClientOf(key)) {
            BigDecimal before = spotUsdt(client);

            String first = server.creditDeposit(key.apiKey(), "USDT", "500", "trc20");
            String second = server.creditDeposit(key.apiKey(), "USDT", "20.5", "erc20");

            assertThat(spotUsdt(client)).isEqualByComparingTo(before.add(new BigDecimal("520.5")));
            List<SpotDepositRecord> records = client.streamSpotDepositHistory(SpotDepositRecordsRequest.builder()
                    .startTime(SINCE).endTime(UNTIL).limit(1).build()).toList();
            assertThat(records).extracting(SpotDepositRecord::orderId).containsExactly(second, first);
            assertThat(records.getLast().size()).isEqualByComparingTo("500");
            assertThat(records.getLast().status()).isEqualTo("success");
            assertThat(records.getLast().chain()).isEqualTo("trc20");
        }
    }

    private static List<SpotPlanOrder> livePlans(RestClientV2 client) {
        List<SpotPlanOrder> list = client.getSpotCurrentPlanOrders(SpotCurrentPlanOrdersRequest.of(SpotState.SYMBOL))
                .data().orderList();
        return list == null ? List.of() : list;
    }

    private static List<SpotWithdrawalRecord> withdrawals(RestClientV2 client) {
        return client.getSpotWithdrawalHistory(SpotWithdrawalRecordsRequest.of(SINCE, UNTIL)).data();
    }

    private static BigDecimal spotUsdt(RestClientV2 client) {
        return client.getSpotAccountAssets(SpotAssetsRequest.ofCoin("USDT")).data().getFirst().available();
    }

    private static BigDecimal futuresUsdt(RestClientV2 client) {
        return client.getFuturesAccountAssets(FuturesProductTypeRequest.of(ProductType.USDT_FUTURES)).data().stream()
                .filter(a -> a.marginCoin().equals("USDT")).findFirst().orElseThrow().available();
    }
}
