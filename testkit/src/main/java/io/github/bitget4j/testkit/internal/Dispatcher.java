package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonElement;
import org.eclipse.jetty.http.HttpFields;

/** Routes a request, checks its signature when the endpoint asks for one, runs it, and wraps the answer. */
final class Dispatcher {

    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    private final Routes routes;
    private final ParameterCheck parameters;
    private final Authenticator authenticator;
    private final Exchange exchange;
    private final ServerClock clock;
    private final LimitEnforcer limits;

    Dispatcher(Routes routes, ParameterCheck parameters, Authenticator authenticator, Exchange exchange,
               ServerClock clock, LimitEnforcer limits) {
        this.limits = limits;
        this.routes = routes;
        this.parameters = parameters;
        this.authenticator = authenticator;
        this.exchange = exchange;
        this.clock = clock;
    }

    Reply dispatch(String method, String path, String rawQuery, HttpFields headers, byte[] body, String remoteIp) {
        long now = clock.millis();
        try {
            Routes.Endpoint endpoint = routes.find(method, path);
            if (endpoint == null) {
                throw ApiError.notFound();
            }
            Account account = null;
            String apiKey = null;
            boolean signed = endpoint.auth() == Routes.Auth.PRIVATE
                    || endpoint.auth() == Routes.Auth.OPTIONAL && headers.contains("ACCESS-KEY");
            if (signed) {
                apiKey = authenticator.authenticate(headers, method, path, rawQuery, body, now).apiKey();
                account = exchange.account(apiKey);
            }
            long wait = limits.admit(method, path, apiKey, remoteIp);
            if (wait > 0) { // refused before it is carried out, as Bitget does; says when there is room again
                return Reply.tooManyRequests(now, java.time.Duration.ofNanos(wait));
            }
            ApiCall call = new ApiCall(method.equals("GET"), rawQuery, body, account, now);
            parameters.check(method, path, rawQuery, method.equals("GET") ? null : call.bodyJson()); // after auth, as Bitget
            JsonElement data;
            try {
                data = endpoint.handler().handle(call);
            } catch (MarketException e) {
                throw endpoint.version().translate(e);
            }
            return Reply.json(200, Json.success(data, now), Json.SUCCESS);
        } catch (ApiError e) {
            return Reply.json(e.httpStatus(), Json.error(e.code(), e.getMessage(), now), e.code());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "testkit endpoint failed: " + method + " " + path, e);
            return Reply.json(500, Json.error("40015", "System is abnormal, please try again later", now), "40015");
        }
    }
}
