package io.github.bitget4j.testkit.internal;

import static io.github.bitget4j.testkit.internal.Json.decimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.bitget4j.testkit.internal.Routes.Auth;
import io.github.bitget4j.testkit.internal.SpotWallet.Deposit;
import io.github.bitget4j.testkit.internal.SpotWallet.Transfer;
import io.github.bitget4j.testkit.internal.SpotWallet.Wallet;
import io.github.bitget4j.testkit.internal.SpotWallet.Withdrawal;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * V2 wallet endpoints of the classic account: transfers between its spot and USDT-M futures accounts and their
 * records, withdrawals (recorded and debited, pending until cancelled) and deposit records.
 */
final class SpotWalletV2 {

    private final SpotWallet wallet;

    SpotWalletV2(SpotWallet wallet) {
        this.wallet = wallet;
    }

    void register(Routes routes) {
        ApiVersion v2 = ApiVersion.V2;
        routes.post("/api/v2/spot/wallet/transfer", Auth.PRIVATE, v2, this::transfer);
        routes.get("/api/v2/spot/account/transferRecords", Auth.PRIVATE, v2, this::transferRecords);
        routes.post("/api/v2/spot/wallet/withdrawal", Auth.PRIVATE, v2, this::withdraw);
        routes.post("/api/v2/spot/wallet/cancel-withdrawal", Auth.PRIVATE, v2, this::cancelWithdrawal);
        routes.get("/api/v2/spot/wallet/withdrawal-records", Auth.PRIVATE, v2, this::withdrawalRecords);
        routes.get("/api/v2/spot/wallet/deposit-records", Auth.PRIVATE, v2, this::depositRecords);
    }

    private JsonObject transfer(ApiCall call) {
        Params p = call.params();
        Wallet from = wallet(p, "fromType");
        Wallet to = wallet(p, "toType");
        if (from == to) {
            throw ApiError.invalidParameter("toType");
        }
        String coin = p.required("coin");
        if ((from == Wallet.USDT_FUTURES || to == Wallet.USDT_FUTURES) && !coin.equals("USDT")) {
            throw ApiError.invalidParameter("coin"); // the simulated futures account holds USDT only
        }
        BigDecimal amount = p.requiredPositive("amount");
        Transfer t = wallet.transfer(call.account(), from, to, coin, amount, p.optional("clientOid"), call.now());
        JsonObject o = new JsonObject();
        o.addProperty("transferId", t.transferId());
        o.addProperty("clientOid", t.clientOid());
        return o;
    }

    /** Only the account types the testkit simulates; others are refused as a parameter error. */
    private static Wallet wallet(Params p, String name) {
        return switch (p.requiredChoice(name, "spot", "usdt_futures", "p2p", "coin_futures", "usdc_futures",
                "crossed_margin", "isolated_margin")) {
            case "spot" -> Wallet.SPOT;
            case "usdt_futures" -> Wallet.USDT_FUTURES;
            default -> throw ApiError.invalidParameter(name);
        };
    }

    private JsonArray transferRecords(ApiCall call) {
        Params p = call.params();
        String coin = p.required("coin");
        String fromType = p.required("fromType");
        String clientOid = p.optional("clientOid");
        List<Transfer> candidates = wallet.transfers(call.account(), t -> t.coin().equals(coin)
                && t.fromType().equals(fromType) && (clientOid == null || clientOid.equals(t.clientOid())));
        JsonArray list = new JsonArray();
        for (Transfer t : IdPage.of(candidates, p, Transfer::transferId, Transfer::time, 100, 500)) {
            JsonObject o = new JsonObject();
            o.addProperty("coin", t.coin());
            o.addProperty("status", "Successful");
            o.addProperty("toType", t.toType());
            o.addProperty("toSymbol", "");
            o.addProperty("fromType", t.fromType());
            o.addProperty("fromSymbol", "");
            o.addProperty("size", decimal(t.size()));
            o.addProperty("ts", Long.toString(t.time()));
            o.addProperty("clientOid", t.clientOid());
            o.addProperty("transferId", t.transferId());
            list.add(o);
        }
        return list;
    }

    private JsonObject withdraw(ApiCall call) {
        Params p = call.params();
        String coin = p.required("coin");
        String dest = p.requiredChoice("transferType", "on_chain", "internal_transfer");
        String address = p.required("address");
        String chain = dest.equals("on_chain") ? p.required("chain") : p.optional("chain");
        BigDecimal size = p.requiredPositive("size");
        Withdrawal w = wallet.withdraw(call.account(), new Withdrawal("", p.optional("clientOid"), coin, dest, address, chain,
                p.optional("tag"), size, "pending", call.now(), call.now()));
        JsonObject o = new JsonObject();
        o.addProperty("orderId", w.orderId());
        o.addProperty("clientOid", w.clientOid() == null ? "" : w.clientOid());
        return o;
    }

    private JsonElement cancelWithdrawal(ApiCall call) {
        wallet.cancelWithdrawal(call.account(), call.params().required("orderId"), call.now());
        return new JsonPrimitive("success");
    }

    /** One withdrawal by orderId or clientOid (other filters then ignored, as on Bitget), else a page. */
    private JsonArray withdrawalRecords(ApiCall call) {
        Params p = call.params();
        p.required("startTime");
        p.required("endTime");
        String orderId = p.optional("orderId");
        String clientOid = p.optional("clientOid");
        String coin = p.optional("coin");
        Predicate<Withdrawal> filter = orderId != null ? w -> w.orderId().equals(orderId)
                : clientOid != null ? w -> clientOid.equals(w.clientOid())
                : w -> coin == null || coin.equals(w.coin());
        List<Withdrawal> candidates = wallet.withdrawals(call.account(), filter);
        List<Withdrawal> page = orderId != null || clientOid != null ? candidates
                : IdPage.of(candidates, p, Withdrawal::orderId, Withdrawal::createdTime, 20, 100);
        JsonArray list = new JsonArray();
        for (Withdrawal w : page) {
            JsonObject o = new JsonObject();
            o.addProperty("orderId", w.orderId());
            o.addProperty("tradeId", w.orderId()); // no chain, so no transaction hash
            o.addProperty("coin", w.coin());
            o.addProperty("dest", w.dest());
            o.addProperty("clientOid", w.clientOid() == null ? "" : w.clientOid());
            o.addProperty("type", "withdraw");
            o.addProperty("tag", w.tag() == null ? "" : w.tag());
            o.addProperty("size", decimal(w.size()));
            o.addProperty("fee", "0");
            o.addProperty("status", w.status());
            o.addProperty("toAddress", w.address());
            o.addProperty("fromAddress", "");
            o.addProperty("confirm", "0");
            o.addProperty("chain", w.chain() == null ? "" : w.chain());
            o.addProperty("cTime", Long.toString(w.createdTime()));
            o.addProperty("uTime", Long.toString(w.updatedTime()));
            list.add(o);
        }
        return list;
    }

    /** One deposit by orderId (other filters then ignored), else a page. */
    private JsonArray depositRecords(ApiCall call) {
        Params p = call.params();
        p.required("startTime");
        p.required("endTime");
        String orderId = p.optional("orderId");
        String coin = p.optional("coin");
        List<Deposit> candidates = wallet.deposits(call.account(), orderId != null ? d -> d.orderId().equals(orderId)
                : d -> coin == null || coin.equals(d.coin()));
        List<Deposit> page = orderId != null ? candidates
                : IdPage.of(candidates, p, Deposit::orderId, Deposit::time, 20, 100);
        JsonArray list = new JsonArray();
        for (Deposit d : page) {
            JsonObject o = new JsonObject();
            o.addProperty("orderId", d.orderId());
            o.addProperty("tradeId", d.orderId());
            o.addProperty("coin", d.coin());
            o.addProperty("type", "deposit");
            o.addProperty("size", decimal(d.size()));
            o.addProperty("status", "success");
            o.addProperty("toAddress", "");
            o.addProperty("dest", "on_chain");
            o.addProperty("chain", d.chain());
            o.addProperty("fromAddress", "");
            o.addProperty("clientOid", "");
            o.addProperty("confirm", "1");
            o.addProperty("tag", "");
            o.addProperty("fee", "0");
            o.addProperty("cTime", Long.toString(d.time()));
            o.addProperty("uTime", Long.toString(d.time()));
            list.add(o);
        }
        return list;
    }
}
