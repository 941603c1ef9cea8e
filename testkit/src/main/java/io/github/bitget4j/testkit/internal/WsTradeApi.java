package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.OrderSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * The WS API of the V3 private socket ({@code op: trade}): place and cancel orders, one or in batches, on
 * the same market as REST. Replies carry the request's {@code id} and {@code "code":"0"} or Bitget's code.
 */
final class WsTradeApi {

    private static final int MAX_BATCH = 20;

    private final Exchange exchange;

    WsTradeApi(Exchange exchange) {
        this.exchange = exchange;
    }

    /** Executes the request for the account and returns the reply frame. */
    String execute(String apiKey, JsonObject request, long now) {
        String id = text(request, "id");
        String topic = text(request, "topic");
        String category = text(request, "category");
        JsonArray results = new JsonArray();
        String code = "0";
        String msg = "success";
        try {
            if (!"spot".equalsIgnoreCase(category)) {
                throw ApiError.invalidParameter("category");
            }
            List<JsonObject> args = args(request);
            Account account = exchange.account(apiKey);
            switch (topic) {
                case "place-order" -> results.add(place(account, single(args)));
                case "cancel-order" -> results.add(cancel(account, single(args)));
                case "batch-place", "batch-cancel" -> {
                    if (args.isEmpty() || args.size() > MAX_BATCH) {
                        throw ApiError.invalidParameter("args");
                    }
                    for (JsonObject arg : args) {
                        results.add(batchItem(account, arg, topic.equals("batch-place")));
                    }
                }
                default -> throw ApiError.invalidParameter("topic");
            }
        } catch (ApiError e) {
            code = e.code();
            msg = e.getMessage();
            results = new JsonArray();
        } catch (MarketException e) {
            ApiError error = ApiVersion.V3.translate(e);
            code = error.code();
            msg = error.getMessage();
            results = new JsonArray();
        }
        JsonObject reply = new JsonObject();
        reply.addProperty("event", "trade");
        reply.addProperty("id", id);
        reply.addProperty("category", category);
        reply.addProperty("topic", topic);
        reply.add("args", results);
        reply.addProperty("code", code);
        reply.addProperty("msg", msg);
        reply.addProperty("ts", Long.toString(now));
        return Json.GSON.toJson(reply);
    }

    private JsonObject place(Account account, JsonObject arg) {
        JsonObject order = arg.deepCopy();
        if (!order.has("category")) {
            order.addProperty("category", "spot"); // given once for the whole request, REST wants it per order
        }
        return placed(exchange.place(account, TradeV3.orderRequest(Params.ofJson(order))));
    }

    private static JsonObject placed(OrderSnapshot order) {
        JsonObject o = new JsonObject();
        o.addProperty("symbol", order.symbol());
        o.addProperty("orderId", order.orderId());
        o.addProperty("clientOid", order.clientOid());
        o.addProperty("cTime", Long.toString(order.createdTime()));
        return o;
    }

    private JsonObject cancel(Account account, JsonObject arg) {
        Params p = Params.ofJson(arg);
        OrderSnapshot order = exchange.cancel(account, p.optional("symbol"), TradeV3.orderId(p), p.optional("clientOid"));
        JsonObject o = new JsonObject();
        o.addProperty("orderId", order.orderId());
        o.addProperty("clientOid", order.clientOid());
        return o;
    }

    /** A batch item fails on its own: it carries its code and message, the others still run. */
    private JsonObject batchItem(Account account, JsonObject arg, boolean placing) {
        try {
            JsonObject result = placing ? place(account, arg) : cancel(account, arg);
            result.addProperty("code", "0");
            result.addProperty("msg", "success");
            return result;
        } catch (ApiError | MarketException e) {
            ApiError error = e instanceof MarketException m ? ApiVersion.V3.translate(m) : (ApiError) e;
            JsonObject result = new JsonObject();
            result.addProperty("orderId", arg.has("orderId") ? arg.get("orderId").getAsString() : "");
            result.addProperty("clientOid", arg.has("clientOid") ? arg.get("clientOid").getAsString() : "");
            result.addProperty("code", error.code());
            result.addProperty("msg", error.getMessage());
            return result;
        }
    }

    private static JsonObject single(List<JsonObject> args) {
        if (args.size() != 1) {
            throw ApiError.invalidParameter("args");
        }
        return args.getFirst();
    }

    /** {@code args} may be one object or an array of objects. */
    private static List<JsonObject> args(JsonObject request) {
        JsonElement args = request.get("args");
        List<JsonObject> list = new ArrayList<>();
        if (args != null && args.isJsonObject()) {
            list.add(args.getAsJsonObject());
        } else if (args != null && args.isJsonArray()) {
            for (JsonElement e : args.getAsJsonArray()) {
                if (!e.isJsonObject()) {
                    throw ApiError.invalidParameter("args");
                }
                list.add(e.getAsJsonObject());
            }
        } else {
            throw ApiError.missingParameter("args");
        }
        return list;
    }

    static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || !e.isJsonPrimitive() ? "" : e.getAsString();
    }
}
