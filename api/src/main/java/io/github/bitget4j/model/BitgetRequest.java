package io.github.bitget4j.model;

import java.util.Map;

/**
 * Implemented by every generated request record. Besides its typed fields, a request can carry parameters the
 * model does not know yet (a field Bitget added last week): they are sent as given, next to the typed ones.
 * <pre>{@code
 * var order = FuturesOrderRequest.builder().symbol("BTCUSDT")...extraParam("newFlag", "yes").build();
 * var same = existingRequest.withExtraParam("newFlag", "yes");
 * }</pre>
 */
public interface BitgetRequest {

    /** {@return the parameters sent besides the typed fields, in insertion order; never null, usually empty} */
    Map<String, Object> extraParams();
}
