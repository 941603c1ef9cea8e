package io.github.bitget4j.ws;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.PriceLevel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One {@code books*} push as sent (V2 {@code asks}/{@code bids}, V3 {@code a}/{@code b}): for {@code books}, a
 * snapshot or the changed levels (size 0 removes a level).
 *
 * @param asks     ask levels
 * @param bids     bid levels
 * @param checksum Bitget's CRC32 of the top 25 levels after this push, as a signed int
 * @param seq      sequence number, when sent
 * @param ts       time (ms)
 */
public record WsBookData(
        @SerializedName(value = "asks", alternate = "a") @Nullable List<PriceLevel> asks,
        @SerializedName(value = "bids", alternate = "b") @Nullable List<PriceLevel> bids,
        @Nullable Integer checksum,
        @Nullable Long seq,
        @Nullable Long ts) {
}
