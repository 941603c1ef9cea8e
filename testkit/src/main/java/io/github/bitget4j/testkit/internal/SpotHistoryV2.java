package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.OrderSnapshot;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * V2 spot order history and fills of the classic account, paged as Bitget pages them: newest first, by
 * {@code idLessThan} (an order id, a trade id), {@code startTime}/{@code endTime} and {@code limit}.
 */
final class SpotHistoryV2 {

    /** Bitget's default and largest page of both lists. */
    private static final int PAGE = 100;

    private final Exchange exchange;

    SpotHistoryV2(Exchange exchange) {
        this.exchange = exchange;
    }

    void register(Routes routes) {
        routes.get("/api/v2/spot/trade/history-orders", Auth.PRIVATE, ApiVersion.V2, this::historyOrders);
        routes.get("/api/v2/spot/trade/fills", Auth.PRIVATE, ApiVersion.V2, this::fills);
    }

    /** Filled and cancelled orders; the testkit has no TP/SL spot orders, so asking for tpsl ones finds none. */
    private JsonArray historyOrders(ApiCall call) {
        Params p = call.params();
        Account account = call.account();
        String symbol = p.optional("symbol");
        String orderId = p.optional("orderId");
        boolean tpsl = "tpsl".equals(p.optional("tpslType"));
        List<OrderSnapshot> candidates = exchange.finishedOrders(account).stream()
                .filter(o -> !tpsl && matches(symbol, o.symbol()) && matches(orderId, o.orderId()))
                .toList();
        JsonArray list = new JsonArray();
        for (OrderSnapshot o : IdPage.of(candidates, p, OrderSnapshot::orderId, OrderSnapshot::createdTime, PAGE, PAGE)) {
            list.add(SpotTradeV2.orderInfo(account, o));
        }
        return list;
    }

    private JsonArray fills(ApiCall call) {
        Params p = call.params();
        Account account = call.account();
        String symbol = p.optional("symbol");
        String orderId = p.optional("orderId");
        List<SpotFill> candidates = exchange.fills(account).stream()
                .filter(f -> matches(symbol, f.symbol()) && matches(orderId, f.orderId()))
                .toList();
        JsonArray list = new JsonArray();
        for (SpotFill f : IdPage.of(candidates, p, SpotFill::tradeId, SpotFill::time, PAGE, PAGE)) {
            list.add(fill(account, f));
        }
        return list;
    }

    private JsonObject fill(Account account, SpotFill f) {
        JsonObject o = new JsonObject();
        o.addProperty("userId", account.userId);
        o.addProperty("symbol", f.symbol());
        o.addProperty("orderId", f.orderId());
        o.addProperty("tradeId", f.tradeId());
        o.addProperty("orderType", f.orderType());
        o.addProperty("side", f.side());
        o.addProperty("priceAvg", decimal(f.price()));
        o.addProperty("size", decimal(f.size()));
        o.addProperty("amount", decimal(f.amount()));
        JsonObject fee = new JsonObject(); // the testkit charges no fees
        fee.addProperty("deduction", "no");
        fee.addProperty("feeCoin", f.side().equals("buy") ? exchange.spec(f.symbol()).baseCoin() : exchange.spec(f.symbol()).quoteCoin());
        fee.addProperty("totalDeductionFee", "0");
        fee.addProperty("totalFee", "0");
        o.add("feeDetail", fee);
        o.addProperty("tradeScope", f.maker() ? "maker" : "taker");
        o.addProperty("cTime", Long.toString(f.time()));
        o.addProperty("uTime", Long.toString(f.time()));
        return o;
    }

    private static boolean matches(@Nullable String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }
}
