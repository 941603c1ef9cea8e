package io.github.bitget4j.testkit.internal;

/** How each API version words the market's rejections: V2 (classic account) and V3 (unified account) codes differ. */
enum ApiVersion {
    V2 {
        @Override
        ApiError translate(MarketException e) {
            return switch (e.reason()) {
                case UNKNOWN_SYMBOL -> ApiError.badRequest("40034", "Parameter " + e.subject() + " does not exist");
                case INSUFFICIENT_BALANCE -> ApiError.badRequest("43012", "Insufficient balance");
                case DUPLICATE_CLIENT_OID -> ApiError.badRequest("40786", "Duplicate clientOid");
                case ORDER_NOT_FOUND -> ApiError.badRequest("43001", "The order does not exist");
                case NOT_CANCELLABLE -> ApiError.badRequest("43004", "There is no order to cancel");
            };
        }
    },
    V3 {
        @Override
        ApiError translate(MarketException e) {
            return switch (e.reason()) {
                case UNKNOWN_SYMBOL -> ApiError.badRequest("25100", "Trading pair " + e.subject() + " does not exist");
                case INSUFFICIENT_BALANCE -> ApiError.badRequest("25202", "Insufficient balance");
                case DUPLICATE_CLIENT_OID -> ApiError.badRequest("25212", "Duplicate clientOid");
                case ORDER_NOT_FOUND -> ApiError.badRequest("25204", "Order does not exist");
                case NOT_CANCELLABLE -> ApiError.badRequest("22001", "No order to cancel");
            };
        }
    };

    abstract ApiError translate(MarketException e);
}
