package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * What the V3 (unified account) futures endpoints share: categories, Bitget's V3 codes for the futures engine's
 * rejections, V3 words for engine values, and {@code cursor} paging. V3 names the product line {@code category},
 * the quantity {@code qty}, and its {@code side} is always the book side; in hedge mode {@code posSide} names the
 * position, so sell + long closes a long.
 */
final class FuturesWireV3 {

    /** The one futures category the testkit trades (USDT-M, the engine's contracts). */
    static final String USDT_FUTURES = "USDT-FUTURES";

    /** Valid futures categories that have no contracts here. */
    private static final List<String> OTHER_FUTURES = List.of("COIN-FUTURES", "USDC-FUTURES");

    private FuturesWireV3() {
    }

    /** Runs a handler, answering the futures engine's rejections with Bitget's V3 codes. */
    static Routes.Handler guarded(Routes.Handler handler) {
        return call -> {
            try {
                return handler.handle(call);
            } catch (FuturesException e) {
                throw translate(e);
            }
        };
    }

    /** V3 codes where Bitget documents one for UTA (25xxx); the V2 futures code otherwise. */
    static ApiError translate(FuturesException e) {
        return switch (e.reason()) {
            case UNKNOWN_SYMBOL -> ApiError.badRequest("25100", "Trading pair " + e.subject() + " does not exist");
            case INSUFFICIENT_BALANCE -> ApiError.badRequest("25202", "Insufficient balance");
            case DUPLICATE_CLIENT_OID -> ApiError.badRequest("25212", "Duplicate clientOid");
            case ORDER_NOT_FOUND -> ApiError.badRequest("25204", "Order does not exist");
            case WRONG_POSITION_MODE -> ApiError.badRequest("40774",
                    "posSide is only accepted in hedge mode, and required there");
            default -> FuturesWireV2.translate(e);
        };
    }

    // ---- request values

    /** The futures category of a request: true for USDT-FUTURES, false for the other futures lines. */
    static boolean usdtFutures(String category) {
        String upper = category.toUpperCase(Locale.ROOT);
        if (upper.equals(USDT_FUTURES)) {
            return true;
        }
        if (OTHER_FUTURES.contains(upper)) {
            return false;
        }
        throw ApiError.invalidParameter("category");
    }

    /** True when {@code category} names a futures line (valid or not, the caller checks it). */
    static boolean isFutures(@Nullable String category) {
        return category != null && category.toUpperCase(Locale.ROOT).endsWith("-FUTURES");
    }

    /** True for USDT-FUTURES; false for any other valid category (or none); a parameter error for an unknown one. */
    static boolean isUsdtFutures(@Nullable String category) {
        return isFutures(category) && usdtFutures(category);
    }

    static @Nullable HoldSide posSide(Params p) {
        return FuturesWireV2.holdSide(p.optional("posSide"), "posSide");
    }

    // ---- engine values in V3 words

    static String holdMode(PositionMode mode) {
        return FuturesWireV2.posMode(mode); // V3 uses the same words: one_way_mode, hedge_mode
    }

    static String posSide(HoldSide side) {
        return FuturesWireV2.holdSide(side);
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** The testkit charges no fees: one zero fee in the margin coin. */
    static JsonArray zeroFee(String coin) {
        JsonObject fee = new JsonObject();
        fee.addProperty("feeCoin", coin);
        fee.addProperty("fee", "0");
        JsonArray fees = new JsonArray();
        fees.add(fee);
        return fees;
    }

    // ---- cursor paging

    /** One page and the cursor of the next one: the last item's id, or empty on the last page. */
    record Page<T>(List<T> items, String cursor) {

        JsonObject json(Function<T, JsonObject> write) {
            JsonArray list = new JsonArray();
            items.forEach(item -> list.add(write.apply(item)));
            JsonObject o = new JsonObject();
            o.add("list", list);
            o.addProperty("cursor", cursor);
            return o;
        }
    }

    /**
     * Bitget's V3 {@code cursor} paging over a list ordered by descending numeric id (newest first): items with an
     * id below {@code cursor}, within {@code startTime}..{@code endTime}, at most {@code limit}. The cursor handed
     * back is the last id of a full page when more items follow, so a walk ends without an extra empty page.
     */
    static <T> Page<T> page(List<T> byIdDescending, Params p, Function<T, String> id, ToLongFunction<T> time,
                            int defaultLimit) {
        Long cursor = p.optionalLong("cursor");
        Long start = p.optionalLong("startTime");
        Long end = p.optionalLong("endTime");
        int limit = p.intOr("limit", defaultLimit, 1, 100);
        List<T> items = new ArrayList<>();
        for (T item : byIdDescending) {
            long t = time.applyAsLong(item);
            if (cursor != null && Long.parseLong(id.apply(item)) >= cursor || start != null && t < start || end != null && t > end) {
                continue;
            }
            if (items.size() == limit) {
                return full(items, id.apply(item), id);
            }
            items.add(item);
        }
        return new Page<>(items, "");
    }

    /**
     * A full page before {@code nextId}. A self-trade gives the maker and the taker fill one id: such twins stay
     * on one page (the page ends before them), or the cursor, which skips every id not below it, would lose one.
     */
    private static <T> Page<T> full(List<T> items, String nextId, Function<T, String> id) {
        String lastId = id.apply(items.getLast());
        if (nextId.equals(lastId)) {
            List<T> trimmed = items.stream().filter(i -> !id.apply(i).equals(lastId)).toList();
            if (!trimmed.isEmpty()) {
                return new Page<>(trimmed, id.apply(trimmed.getLast()));
            }
        }
        return new Page<>(items, lastId);
    }
}
