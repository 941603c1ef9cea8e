package io.github.bitget4j.ws;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.internal.json.BitgetJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An {@code account} push: V2 sends one entry per coin ({@code coin}, {@code available}, {@code frozen}, ...);
 * V3 one entry for the account ({@code totalEquity}, ...) with a per-coin list, found in {@link #coins()}.
 *
 * @param coin        the coin of a per-coin entry, else null
 * @param available   available balance
 * @param frozen      frozen by open orders (V2)
 * @param locked      locked
 * @param equity      V3 per coin: the coin's equity
 * @param totalEquity V3 account: total equity in USD
 * @param uTime       time of the change (ms)
 * @param coins       V3 account: one entry per coin; empty otherwise
 */
public record WsAccount(
        @Nullable String coin,
        @Nullable BigDecimal available,
        @Nullable BigDecimal frozen,
        @Nullable BigDecimal locked,
        @Nullable BigDecimal equity,
        @Nullable BigDecimal totalEquity,
        @SerializedName(value = "uTime", alternate = "updatedTime") @Nullable Long uTime,
        List<WsAccount> coins) {

    /** Copies the coins into an immutable list (empty when absent). */
    public WsAccount {
        coins = coins == null ? List.of() : List.copyOf(coins);
    }

    /** Reads either shape: V3's {@code coin} is a list of per-coin entries, V2's the coin's name. */
    static WsAccount from(JsonElement element) {
        JsonObject object = element.getAsJsonObject().deepCopy();
        JsonElement coin = object.get("coin");
        var perCoin = new ArrayList<WsAccount>();
        if (coin != null && coin.isJsonArray()) {
            object.remove("coin");
            for (JsonElement entry : coin.getAsJsonArray()) {
                perCoin.add(from(entry));
            }
        }
        WsAccount account = BitgetJson.gson().fromJson(object, WsAccount.class);
        return new WsAccount(account.coin(), account.available(), account.frozen(), account.locked(),
                account.equity(), account.totalEquity(), account.uTime(), perCoin);
    }
}
