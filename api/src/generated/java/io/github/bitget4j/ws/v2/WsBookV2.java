// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

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
public record WsBookV2(
        List<WsBookLevel> asks,
        List<WsBookLevel> bids,
        @Nullable Long checksum,
        @Nullable Long seq,
        @Nullable Long pseq,
        Instant ts) {
}
