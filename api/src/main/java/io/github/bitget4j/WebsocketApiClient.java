package io.github.bitget4j;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.internal.json.BitgetJson;
import io.github.bitget4j.internal.ws.WsApi;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.v3.BatchOrderResult;
import io.github.bitget4j.model.v3.CancelOrderRequest;
import io.github.bitget4j.model.v3.Category;
import io.github.bitget4j.model.v3.PlaceOrderRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Orders over the V3 private WebSocket ({@code "op":"trade"}): the same requests and results as
 * {@link RestClientV3#submitNewOrder}, {@code placeBatchOrders}, {@code cancelOrder}, without an HTTP round trip
 * per order. Each call blocks until its reply, at most the timeout (default {@link ClientOptions#requestTimeout()}).
 *
 * <p>What a failure means:
 * <ul>
 *   <li>{@link io.github.bitget4j.errors.WsOrderNotSentException}: the request was never written (no connection,
 *       login refused, client closed). Safe to send again.</li>
 *   <li>{@link io.github.bitget4j.errors.WsOrderOutcomeUnknownException}: it was written, then the socket dropped
 *       or the timeout passed. The order may be live: look it up by
 *       {@link io.github.bitget4j.errors.WsOrderOutcomeUnknownException#clientOid()} before sending it again.
 *       Every order gets a clientOid (a random one when you gave none) so that this is always possible.</li>
 *   <li>{@link io.github.bitget4j.errors.BitgetApiException}: Bitget answered and refused the request (e.g. code
 *       25202, insufficient balance).</li>
 * </ul>
 * Built from options it owns its socket; built on a {@link WebsocketClientV3} it shares that client's private
 * socket (and order/fill subscriptions) and leaves it open on {@link #close()}. Thread-safe.
 */
public final class WebsocketApiClient implements AutoCloseable {

    private final WebsocketClientV3 client;
    private final boolean ownsClient;
    private final WsApi api;

    /**
     * A client with its own V3 private socket, opened on the first order; {@link #close()} closes it.
     *
     * @param options the settings, with credentials
     * @throws io.github.bitget4j.errors.MissingCredentialsException without credentials
     * @throws io.github.bitget4j.errors.BitgetConfigurationException when the key cannot be used or no WebSocket
     *         transport plugin fits
     */
    public WebsocketApiClient(ClientOptions options) {
        this(new WebsocketClientV3(options), true);
    }

    /**
     * Orders over {@code shared}'s private socket; {@link #close()} leaves {@code shared} open.
     *
     * @param shared a V3 client built with credentials
     * @throws io.github.bitget4j.errors.MissingCredentialsException when {@code shared} has no credentials
     */
    public WebsocketApiClient(WebsocketClientV3 shared) {
        this(shared, false);
    }

    private WebsocketApiClient(WebsocketClientV3 client, boolean ownsClient) {
        this.client = client;
        this.ownsClient = ownsClient;
        try {
            this.api = client.engine.api(); // checks the credentials: no private socket without them
        } catch (RuntimeException e) {
            if (ownsClient) {
                client.close();
            }
            throw e;
        }
    }

    /** {@return the WebSocket client whose private socket carries the orders: subscribe to {@code order}/{@code fill} there} */
    public WebsocketClientV3 client() {
        return client;
    }

    /**
     * Places one order ({@code place-order}), waiting at most {@link ClientOptions#requestTimeout()} for the reply.
     *
     * @param order the order, checked when it was built
     * @return the order's ids, including the clientOid used (a random one when the order had none)
     * @throws io.github.bitget4j.errors.WsOrderNotSentException when it was never written: safe to send again
     * @throws io.github.bitget4j.errors.WsOrderOutcomeUnknownException when it was written but no reply came in time
     *         or the socket dropped: look the order up by clientOid before sending again
     * @throws io.github.bitget4j.errors.BitgetApiException when Bitget answered and refused it
     */
    public OrderIds submitNewOrder(PlaceOrderRequest order) {
        return submitNewOrder(order, defaultTimeout());
    }

    /**
     * Places one order ({@code place-order}).
     *
     * @param order the order, checked when it was built
     * @param timeout the longest wait for the reply once the request is written
     * @return the order's ids, including the clientOid used (a random one when the order had none)
     * @throws io.github.bitget4j.errors.WsOrderNotSentException when it was never written: safe to send again
     * @throws io.github.bitget4j.errors.WsOrderOutcomeUnknownException when it was written but no reply came in time
     *         or the socket dropped: look the order up by clientOid before sending again
     * @throws io.github.bitget4j.errors.BitgetApiException when Bitget answered and refused it
     */
    public OrderIds submitNewOrder(PlaceOrderRequest order, Duration timeout) {
        var args = new JsonArray();
        String clientOid = addOrder(args, order);
        JsonObject reply = api.execute(category(order.category()), "place-order", args, order, List.of(clientOid),
                timeout);
        return firstIds(reply, clientOid);
    }

    /**
     * Places several orders of one category ({@code batch-place}), waiting at most
     * {@link ClientOptions#requestTimeout()} for the reply.
     *
     * @param orders the orders, all of one category
     * @return one result per order, in order; each says whether that order was accepted
     * @throws BitgetValidationException for an empty list or mixed categories, before sending
     * @throws io.github.bitget4j.errors.WsOrderNotSentException when it was never written: safe to send again
     * @throws io.github.bitget4j.errors.WsOrderOutcomeUnknownException when it was written but no reply came in time
     *         or the socket dropped: look the order up by clientOid before sending again
     * @throws io.github.bitget4j.errors.BitgetApiException when Bitget answered and refused it
     */
    public List<BatchOrderResult> placeBatchOrders(List<PlaceOrderRequest> orders) {
        return placeBatchOrders(orders, defaultTimeout());
    }

    /**
     * Places several orders of one category ({@code batch-place}).
     *
     * @param orders the orders, all of one category
     * @param timeout the longest wait for the reply once the request is written
     * @return one result per order, in order; each says whether that order was accepted
     * @throws BitgetValidationException for an empty list or mixed categories, before sending
     * @throws io.github.bitget4j.errors.WsOrderNotSentException when it was never written: safe to send again
     * @throws io.github.bitget4j.errors.WsOrderOutcomeUnknownException when it was written but no reply came in time
     *         or the socket dropped: look the order up by clientOid before sending again
     * @throws io.github.bitget4j.errors.BitgetApiException when Bitget answered and refused it
     */
    public List<BatchOrderResult> placeBatchOrders(List<PlaceOrderRequest> orders, Duration timeout) {
        if (orders.isEmpty()) {
            throw new BitgetValidationException("placeBatchOrders needs at least one order");
        }
        Category category = orders.get(0).category();
        var args = new JsonArray();
        var clientOids = new ArrayList<String>();
        for (PlaceOrderRequest order : orders) {
            if (order.category() != category) {
                throw new BitgetValidationException("every order of a batch must have the same category");
            }
            clientOids.add(addOrder(args, order));
        }
        return results(api.execute(category(category), "batch-place", args, List.copyOf(orders), clientOids, timeout));
    }

    /**
     * Cancels one order ({@code cancel-order}), waiting at most {@link ClientOptions#requestTimeout()} for the
     * reply; a request without a category is taken as spot.
     *
     * @param request which order
     * @return the cancelled order's ids
     * @throws io.github.bitget4j.errors.WsOrderNotSentException when it was never written: safe to send again
     * @throws io.github.bitget4j.errors.WsOrderOutcomeUnknownException when it was written but no reply came in time
     *         or the socket dropped: look the order up by clientOid before sending again
     * @throws io.github.bitget4j.errors.BitgetApiException when Bitget answered and refused it
     */
    public OrderIds cancelOrder(CancelOrderRequest request) {
        return cancelOrder(request, defaultTimeout());
    }

    /**
     * Cancels one order ({@code cancel-order}); a request without a category is taken as spot.
     *
     * @param request which order
     * @param timeout the longest wait for the reply once the request is written
     * @return the cancelled order's ids
     * @throws io.github.bitget4j.errors.WsOrderNotSentException when it was never written: safe to send again
     * @throws io.github.bitget4j.errors.WsOrderOutcomeUnknownException when it was written but no reply came in time
     *         or the socket dropped: look the order up by clientOid before sending again
     * @throws io.github.bitget4j.errors.BitgetApiException when Bitget answered and refused it
     */
    public OrderIds cancelOrder(CancelOrderRequest request, Duration timeout) {
        var args = new JsonArray();
        args.add(cancelArg(request));
        JsonObject reply = api.execute(category(request.category()), "cancel-order", args, request,
                request.clientOid() == null ? List.of() : List.of(request.clientOid()), timeout);
        return firstIds(reply, request.clientOid());
    }

    /**
     * Cancels several orders of one category ({@code batch-cancel}), waiting at most
     * {@link ClientOptions#requestTimeout()} for the reply.
     *
     * @param requests which orders, all of one category
     * @return one result per order, in order
     * @throws BitgetValidationException for an empty list or mixed categories, before sending
     * @throws io.github.bitget4j.errors.WsOrderNotSentException when it was never written: safe to send again
     * @throws io.github.bitget4j.errors.WsOrderOutcomeUnknownException when it was written but no reply came in time
     *         or the socket dropped: look the order up by clientOid before sending again
     * @throws io.github.bitget4j.errors.BitgetApiException when Bitget answered and refused it
     */
    public List<BatchOrderResult> cancelBatchOrders(List<CancelOrderRequest> requests) {
        return cancelBatchOrders(requests, defaultTimeout());
    }

    /**
     * Cancels several orders of one category ({@code batch-cancel}).
     *
     * @param requests which orders, all of one category
     * @param timeout the longest wait for the reply once the request is written
     * @return one result per order, in order
     * @throws BitgetValidationException for an empty list or mixed categories, before sending
     * @throws io.github.bitget4j.errors.WsOrderNotSentException when it was never written: safe to send again
     * @throws io.github.bitget4j.errors.WsOrderOutcomeUnknownException when it was written but no reply came in time
     *         or the socket dropped: look the order up by clientOid before sending again
     * @throws io.github.bitget4j.errors.BitgetApiException when Bitget answered and refused it
     */
    public List<BatchOrderResult> cancelBatchOrders(List<CancelOrderRequest> requests, Duration timeout) {
        if (requests.isEmpty()) {
            throw new BitgetValidationException("cancelBatchOrders needs at least one order");
        }
        Category category = requests.get(0).category();
        var args = new JsonArray();
        var clientOids = new ArrayList<String>();
        for (CancelOrderRequest request : requests) {
            if (!Objects.equals(request.category(), category)) {
                throw new BitgetValidationException("every order of a batch must have the same category");
            }
            args.add(cancelArg(request));
            if (request.clientOid() != null) {
                clientOids.add(request.clientOid());
            }
        }
        return results(api.execute(category(category), "batch-cancel", args, List.copyOf(requests), clientOids,
                timeout));
    }

    private Duration defaultTimeout() {
        return client.options().requestTimeout();
    }

    /** Adds the order's arg (without category, which goes on the envelope) and returns its clientOid. */
    private static String addOrder(JsonArray args, PlaceOrderRequest order) {
        JsonObject arg = BitgetJson.gson().toJsonTree(order).getAsJsonObject();
        arg.remove("category");
        String clientOid = order.clientOid();
        if (clientOid == null) {
            clientOid = UUID.randomUUID().toString().replace("-", "");
            arg.addProperty("clientOid", clientOid);
        }
        args.add(arg);
        return clientOid;
    }

    private static JsonObject cancelArg(CancelOrderRequest request) {
        JsonObject arg = BitgetJson.gson().toJsonTree(request).getAsJsonObject();
        arg.remove("category");
        return arg;
    }

    /** Bitget spells the WS API category in lower case: {@code spot}, {@code usdt-futures}, ... */
    private static String category(@Nullable Category category) {
        Category c = category == null ? Category.SPOT : category;
        return BitgetJson.gson().toJsonTree(c).getAsString().toLowerCase(Locale.ROOT);
    }

    private static OrderIds firstIds(JsonObject reply, @Nullable String clientOid) {
        JsonArray args = argsOf(reply);
        if (args.isEmpty() || !args.get(0).isJsonObject()) {
            throw new BitgetClientException("the reply carries no order ids: " + reply);
        }
        JsonObject first = args.get(0).getAsJsonObject();
        JsonElement orderId = first.get("orderId");
        JsonElement replyOid = first.get("clientOid");
        return new OrderIds(orderId == null || orderId.isJsonNull() ? "" : orderId.getAsString(),
                replyOid == null || replyOid.isJsonNull() ? clientOid : replyOid.getAsString());
    }

    private static List<BatchOrderResult> results(JsonObject reply) {
        var results = new ArrayList<BatchOrderResult>();
        for (JsonElement element : argsOf(reply)) {
            results.add(BitgetJson.gson().fromJson(element, BatchOrderResult.class));
        }
        return results;
    }

    private static JsonArray argsOf(JsonObject reply) {
        JsonElement args = reply.get("args");
        if (args == null || args.isJsonNull()) {
            args = reply.get("data");
        }
        if (args != null && args.isJsonArray()) {
            return args.getAsJsonArray();
        }
        var single = new JsonArray();
        if (args != null && args.isJsonObject()) {
            single.add(args);
        }
        return single;
    }

    /** Closes the socket when this client owns it. */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    @Override
    public String toString() {
        return "WebsocketApiClient[" + client + "]";
    }
}
