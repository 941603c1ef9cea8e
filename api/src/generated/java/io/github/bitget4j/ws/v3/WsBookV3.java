// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import com.google.gson.annotations.SerializedName;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A books push: a snapshot, or (books) changed levels, with a CRC32 checksum of the top 25.
 *
 * @param asks ascending prices.
 * @param bids descending prices.
 * @param checksum checksum ({@code checksum})
 * @param seq seq ({@code seq})
 * @param pseq the seq of the previous push.
 * @param ts ts ({@code ts})
 */
public record WsBookV3(
        @SerializedName("a") List<WsBookLevelV3> asks,
        @SerializedName("b") List<WsBookLevelV3> bids,
        @Nullable Long checksum,
        @Nullable Long seq,
        @Nullable Long pseq,
        Instant ts) {
}
