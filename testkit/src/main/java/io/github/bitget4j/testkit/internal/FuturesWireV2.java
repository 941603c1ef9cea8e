package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * What the V2 futures endpoints ({@code /api/v2/mix/...}) share: product types, Bitget's V2 codes for the
 * engine's rejections, the V2 words for engine values, and paging.
 */
final class FuturesWireV2 {

    private static final List<String> PRODUCT_TYPES = List.of("USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES",
            "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES");

    private FuturesWireV2() {
    }

    /** Runs a handler, answering the engine's rejections with Bitget's V2 futures codes. */
    static Routes.Handler guarded(Routes.Handler handler) {
        return call -> {
            try {
                return handler.handle(call);
            } catch (FuturesException e) {
                throw translate(e);
            }
        };
    }

    static ApiError translate(FuturesException e) {
        return switch (e.reason()) {
            case UNKNOWN_SYMBOL -> ApiError.badRequest("40034", "Parameter " + e.subject() + " does not exist");
            case INVALID_SIZE -> ApiError.invalidParameter("size");
            case INVALID_PRICE -> ApiError.invalidParameter("price");
            case INSUFFICIENT_BALANCE -> ApiError.badRequest("40762", "The order amount exceeds the balance");
            case DUPLICATE_CLIENT_OID -> ApiError.badRequest("40786", "Duplicate clientOid");
            case ORDER_NOT_FOUND -> ApiError.badRequest("40768", "Order does not exist");
            case NOT_CANCELLABLE -> ApiError.badRequest("22001", "No order to cancel");
            case NO_POSITION -> ApiError.badRequest("22002", "No position to close");
            case INSUFFICIENT_POSITION -> ApiError.badRequest("40757", "Not enough position is available");
            case LEVERAGE_OUT_OF_RANGE -> ApiError.badRequest("40797", "Exceeded the maximum settable leverage");
            case MARGIN_MODE_LOCKED -> ApiError.badRequest("45117",
                    "Currently holding positions or orders, the margin mode cannot be adjusted");
            case POSITION_MODE_LOCKED -> ApiError.badRequest("40920",
                    "Position or order exists, the position mode cannot be adjusted");
            case WRONG_POSITION_MODE -> ApiError.badRequest("40774",
                    "The order type for unilateral position must also be the net position type");
            case PLAN_NOT_FOUND -> ApiError.badRequest("43025", "Plan order does not exist");
            case NO_POSITION_FOR_TPSL -> ApiError.badRequest("40891", "Insufficient position, can not set profit or stop loss");
        };
    }

    // ---- request values

    /**
     * Reads the required {@code productType}; true when it is one the testkit trades (USDT-M, live or demo).
     * The other product types are valid but have no contracts here.
     */
    static boolean usdtProduct(Params p) {
        return usdtProduct(p.required("productType"));
    }

    static boolean usdtProduct(String productType) {
        String upper = productType.toUpperCase(Locale.ROOT);
        if (!PRODUCT_TYPES.contains(upper)) {
            throw ApiError.invalidParameter("productType");
        }
        return upper.equals("USDT-FUTURES") || upper.equals("SUSDT-FUTURES");
    }

    /** Bitget accepts symbols in any case. */
    static String symbol(Params p) {
        return p.required("symbol").toUpperCase(Locale.ROOT);
    }

    static @Nullable String optionalSymbol(Params p) {
        String s = p.optional("symbol");
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** The margin coin must be USDT, the only one of USDT-M futures. */
    static void requireUsdt(@Nullable String marginCoin, String name) {
        if (marginCoin != null && !marginCoin.equalsIgnoreCase("USDT")) {
            throw ApiError.invalidParameter(name);
        }
    }

    static @Nullable MarginMode marginMode(@Nullable String wire) {
        if (wire == null) {
            return null;
        }
        return switch (wire.toLowerCase(Locale.ROOT)) {
            case "crossed" -> MarginMode.CROSSED;
            case "isolated" -> MarginMode.ISOLATED;
            default -> throw ApiError.invalidParameter("marginMode");
        };
    }

    static @Nullable HoldSide holdSide(@Nullable String wire, String name) {
        if (wire == null) {
            return null;
        }
        return switch (wire.toLowerCase(Locale.ROOT)) {
            case "long" -> HoldSide.LONG;
            case "short" -> HoldSide.SHORT;
            default -> throw ApiError.invalidParameter(name);
        };
    }

    // ---- engine values in V2 words

    static String marginMode(MarginMode mode) {
        return mode == MarginMode.CROSSED ? "crossed" : "isolated";
    }

    static String posMode(PositionMode mode) {
        return mode == PositionMode.HEDGE ? "hedge_mode" : "one_way_mode";
    }

    static String holdSide(HoldSide side) {
        return side == HoldSide.LONG ? "long" : "short";
    }

    /**
     * The V2 {@code side} of an order or fill: in hedge mode it names the position's direction, so closing a
     * long is {@code buy} (Bitget's V2 rule); in one-way mode it is the book side.
     */
    static String side(PositionEffect effect, boolean bookBuy) {
        return switch (effect) {
            case OPEN_LONG, CLOSE_LONG -> "buy";
            case OPEN_SHORT, CLOSE_SHORT -> "sell";
            case NET -> bookBuy ? "buy" : "sell";
        };
    }

    /** The V2 {@code tradeSide} reported on orders and fills. */
    static String tradeSide(PositionEffect effect, boolean bookBuy, boolean reduceOnly) {
        if (effect != PositionEffect.NET) {
            return effect.closing() ? "close" : "open";
        }
        String single = bookBuy ? "buy_single" : "sell_single";
        return reduceOnly ? "reduce_" + single : single;
    }

    /** {@code long}/{@code short} in hedge mode, {@code net} in one-way mode. */
    static String posSide(PositionEffect effect) {
        HoldSide side = effect.holdSide();
        return side == null ? "net" : holdSide(side);
    }

    static String time(long millis) {
        return Long.toString(millis);
    }

    /** Adds a decimal member unless the value is null (the model's nullable fields may be absent). */
    static void putDecimal(JsonObject o, String name, @Nullable BigDecimal value) {
        if (value != null) {
            o.addProperty(name, Json.decimal(value));
        }
    }

    // ---- paging

    /** One page of a newest-first list and the id to pass as {@code idLessThan} for the next one. */
    record Page<T>(List<T> items, @Nullable String endId) {

        JsonElement endIdJson() {
            return endId == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(endId);
        }
    }

    /**
     * Bitget's {@code idLessThan} paging over a newest-first list: items with a smaller id than
     * {@code idLessThan}, within {@code startTime}..{@code endTime}, at most {@code limit}.
     */
    static <T> Page<T> page(List<T> newestFirst, Params p, Function<T, String> id, ToLongFunction<T> time, int defaultLimit) {
        List<T> items = IdPage.of(newestFirst, p, id, time, defaultLimit, 100);
        return new Page<>(items, items.isEmpty() ? null : id.apply(items.getLast()));
    }

    /** The page's items as a JSON array, or JSON null when empty (as Bitget sends an empty list of these). */
    static JsonElement listOrNull(JsonArray array) {
        return array.isEmpty() ? JsonNull.INSTANCE : array;
    }
}
