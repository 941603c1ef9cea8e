package io.github.bitget4j.benchmarks;

import io.github.bitget4j.Auth;
import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.StpMode;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotOpenOrdersRequest;
import io.github.bitget4j.model.v2.SpotOrderInfo;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.model.v2.TpslType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The requests and responses every benchmark shares, so that JMH, the load harness, its server and the Node
 * driver all move the same bytes. Responses are generated from a fixed seed: same bytes on every run.
 */
public final class Fixtures {

    /** Made-up credentials for 127.0.0.1 only; nothing real. */
    public static final String API_KEY = "bg_bench0000000000000000000000000";
    public static final String API_SECRET = "bench-hmac-secret-0123456789abcdef0123456789abcdef";
    public static final String API_PASS = "benchpass";

    /** The benchmark's signed GET (6 query parameters) and signed POST (10 body fields). */
    public static final String GET_PATH = "/api/v2/spot/trade/unfilled-orders";
    public static final String POST_PATH = "/api/v2/spot/trade/place-order";

    /** Bitget's order history; the SDK has no typed method for it yet, so it is declared the way a user would. */
    public static final Endpoint<List<SpotOrderInfo>> HISTORY_ORDERS =
            Endpoint.getList("/api/v2/spot/trade/history-orders", Auth.PRIVATE, SpotOrderInfo.class);

    private static final long SEED = 20_261_123L;
    private static final long NOW = 1_763_900_000_000L;

    private Fixtures() {
    }

    public static ClientOptions.Builder hmacOptions(String baseUrl) {
        // the benchmarks measure the SDK's own cost against a local server: Bitget's limits would only make them wait
        return ClientOptions.builder().baseUrl(baseUrl).apiKey(API_KEY).apiSecret(API_SECRET).apiPass(API_PASS)
                .rateLimiting(false);
    }

    /** GET with 6 parameters, the way a bot pages through its open orders. */
    public static SpotOpenOrdersRequest openOrdersQuery() {
        return SpotOpenOrdersRequest.builder().symbol("BTCUSDT").startTime(NOW - 86_400_000L).endTime(NOW)
                .idLessThan("1234567890123456789").limit(100).tpslType(TpslType.NORMAL).build();
    }

    /** POST with 10 fields: a limit order with attached take-profit and stop-loss. */
    public static SpotOrderRequest placeOrder() {
        return SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT)
                .force(TimeInForce.GTC).price(new BigDecimal("27000.5")).size(new BigDecimal("0.0015"))
                .clientOid("bench-0001-7f3a9c2e").stpMode(StpMode.CANCEL_TAKER)
                .presetTakeProfitPrice(new BigDecimal("29000")).presetStopLossPrice(new BigDecimal("25000.25"))
                .build();
    }

    public static byte[] placeOrderResponse() {
        return envelope("{\"orderId\":\"1234567890123456789\",\"clientOid\":\"bench-0001-7f3a9c2e\"}");
    }

    /** Two open orders: what the benchmark's GET answers. */
    public static byte[] openOrdersResponse() {
        var data = new StringBuilder("[");
        for (int i = 0; i < 2; i++) {
            if (i > 0) {
                data.append(',');
            }
            data.append("{\"userId\":\"8812345678\",\"symbol\":\"BTCUSDT\",\"orderId\":\"12345678901234567").append(i)
                    .append("\",\"clientOid\":\"bench-").append(i).append("\",\"priceAvg\":\"27000.5\",\"size\":\"0.0015\",")
                    .append("\"orderType\":\"limit\",\"side\":\"buy\",\"status\":\"live\",\"basePrice\":\"0\",")
                    .append("\"baseVolume\":\"0\",\"quoteVolume\":\"0\",\"enterPointSource\":\"API\",\"orderSource\":\"normal\",")
                    .append("\"presetTakeProfitPrice\":\"29000\",\"executeTakeProfitPrice\":\"\",\"presetStopLossPrice\":\"25000.25\",")
                    .append("\"executeStopLossPrice\":\"\",\"cTime\":\"").append(NOW - i).append("\",\"uTime\":\"").append(NOW)
                    .append("\",\"tpslType\":\"normal\",\"triggerPrice\":null}");
        }
        return envelope(data.append(']').toString());
    }

    /** {@code /api/v2/spot/market/tickers} with {@code symbols} entries. */
    public static byte[] tickersResponse(int symbols) {
        var random = new Random(SEED);
        var data = new StringBuilder(symbols * 420).append('[');
        for (int i = 0; i < symbols; i++) {
            if (i > 0) {
                data.append(',');
            }
            double last = 0.0001 + random.nextDouble() * 60_000;
            data.append("{\"symbol\":\"S").append(i).append("USDT\",\"high24h\":\"").append(price(last * 1.04))
                    .append("\",\"open\":\"").append(price(last * 0.99)).append("\",\"low24h\":\"").append(price(last * 0.96))
                    .append("\",\"lastPr\":\"").append(price(last)).append("\",\"quoteVolume\":\"").append(price(random.nextDouble() * 1e8))
                    .append("\",\"baseVolume\":\"").append(price(random.nextDouble() * 1e6)).append("\",\"usdtVolume\":\"")
                    .append(price(random.nextDouble() * 1e8)).append("\",\"bidPr\":\"").append(price(last * 0.9999))
                    .append("\",\"askPr\":\"").append(price(last * 1.0001)).append("\",\"bidSz\":\"").append(price(random.nextDouble() * 50))
                    .append("\",\"askSz\":\"").append(price(random.nextDouble() * 50)).append("\",\"openUtc\":\"").append(price(last * 1.01))
                    .append("\",\"ts\":\"").append(NOW + i).append("\",\"changeUtc24h\":\"").append(ratio(random))
                    .append("\",\"change24h\":\"").append(ratio(random)).append("\"}");
        }
        return envelope(data.append(']').toString());
    }

    /** {@code /api/v2/spot/trade/history-orders} with {@code orders} filled orders, fees as Bitget sends them. */
    public static byte[] orderHistoryResponse(int orders) {
        var random = new Random(SEED + 1);
        var data = new StringBuilder(orders * 900).append('[');
        for (int i = 0; i < orders; i++) {
            if (i > 0) {
                data.append(',');
            }
            String price = price(20_000 + random.nextDouble() * 10_000);
            String fee = price(random.nextDouble() * 0.5);
            data.append("{\"userId\":\"8812345678\",\"symbol\":\"BTCUSDT\",\"orderId\":\"").append(1_200_000_000_000_000_000L + i)
                    .append("\",\"clientOid\":\"bench-").append(i).append("\",\"price\":\"").append(price)
                    .append("\",\"size\":\"0.0015\",\"orderType\":\"limit\",\"side\":\"").append(i % 2 == 0 ? "buy" : "sell")
                    .append("\",\"status\":\"filled\",\"priceAvg\":\"").append(price)
                    .append("\",\"baseVolume\":\"0.0015\",\"quoteVolume\":\"").append(price(random.nextDouble() * 45))
                    .append("\",\"enterPointSource\":\"API\",\"feeDetail\":\"{\\\"newFees\\\":{\\\"c\\\":0,\\\"d\\\":0,")
                    .append("\\\"deduction\\\":false,\\\"r\\\":-").append(fee).append(",\\\"t\\\":-").append(fee)
                    .append(",\\\"totalDeductionFee\\\":0},\\\"USDT\\\":{\\\"deduction\\\":false,\\\"feeCoinCode\\\":\\\"USDT\\\",")
                    .append("\\\"totalDeductionFee\\\":0,\\\"totalFee\\\":-").append(fee).append("}}\",")
                    .append("\"orderSource\":\"normal\",\"cancelReason\":\"\",\"cTime\":\"").append(NOW - 60_000L * i)
                    .append("\",\"uTime\":\"").append(NOW - 60_000L * i + 250).append("\"}");
        }
        return envelope(data.append(']').toString());
    }

    /** A fresh 2048-bit RSA key as PKCS#8 PEM: the form Bitget's "self-generated key" takes. */
    public static String newRsaPrivateKeyPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkcs8)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    private static byte[] envelope(String data) {
        return ("{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":" + NOW + ",\"data\":" + data + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String price(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.6f", value)).stripTrailingZeros().toPlainString();
    }

    private static String ratio(Random random) {
        return String.format(Locale.ROOT, "%.4f", random.nextDouble() * 0.2 - 0.1);
    }
}
