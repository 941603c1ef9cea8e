package io.github.bitget4j.model.v2;

import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.internal.json.SpotFeeDetailParser;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fees of a V2 spot order. Bitget sends this as JSON text inside a string
 * ({@code "feeDetail":"{\"newFees\":{...},\"BGB\":{...}}"}); a plain JSON object decodes the same way.
 * Besides {@code newFees}, the object has one entry per coin the fee was charged in, keyed by the coin.
 *
 * <p>Decoded on first access, not with the order: most callers of an order list never read the fees, and
 * decoding them is most of the cost of decoding an order. Thread-safe; {@link #json()} gives the text as sent.
 */
public final class SpotFeeDetail {

    /** The decoded content. */
    private record Parsed(@Nullable SpotNewFees newFees, Map<String, SpotCoinFee> coinFees) {
    }

    private final @Nullable String json;
    private volatile @Nullable Parsed parsed;

    /**
     * A fee detail built in code.
     *
     * @param newFees  the fee totals
     * @param coinFees the per-coin entries, keyed by coin (e.g. {@code BGB}, {@code USDT})
     */
    public SpotFeeDetail(@Nullable SpotNewFees newFees, Map<String, SpotCoinFee> coinFees) {
        this.json = null;
        this.parsed = new Parsed(newFees, Map.copyOf(coinFees));
    }

    private SpotFeeDetail(String json) {
        this.json = json;
    }

    /**
     * A fee detail decoded from {@code json} when first read.
     *
     * @param json the {@code feeDetail} text as Bitget sent it
     * @return the detail; malformed text fails when first read, not here
     */
    public static SpotFeeDetail ofJson(String json) {
        return new SpotFeeDetail(Objects.requireNonNull(json, "json"));
    }

    /** {@return the fee totals; null when Bitget sent none} */
    public @Nullable SpotNewFees newFees() {
        return parsed().newFees();
    }

    /** {@return the per-coin entries, keyed by coin; empty when there are none} */
    public Map<String, SpotCoinFee> coinFees() {
        return parsed().coinFees();
    }

    /** {@return the JSON text as Bitget sent it, or null for a detail built in code} */
    public @Nullable String json() {
        return json;
    }

    private Parsed parsed() {
        Parsed current = parsed;
        if (current == null) {
            try {
                SpotFeeDetail decoded = SpotFeeDetailParser.parse(Objects.requireNonNull(json));
                current = new Parsed(decoded.newFees(), decoded.coinFees());
            } catch (RuntimeException e) {
                throw new BitgetClientException("feeDetail could not be decoded: " + e.getMessage(), e);
            }
            parsed = current; // a race only decodes the same text twice
        }
        return current;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpotFeeDetail that && parsed().equals(that.parsed());
    }

    @Override
    public int hashCode() {
        return parsed().hashCode();
    }

    @Override
    public String toString() {
        Parsed p = parsed();
        return "SpotFeeDetail[newFees=" + p.newFees() + ", coinFees=" + p.coinFees() + "]";
    }
}
