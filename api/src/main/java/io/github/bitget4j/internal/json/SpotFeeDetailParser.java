package io.github.bitget4j.internal.json;

import com.google.gson.JsonSyntaxException;
import io.github.bitget4j.model.v2.SpotFeeDetail;
import java.io.IOException;

/** The bridge from the public {@link SpotFeeDetail} to its decoder, for decoding on first access. */
public final class SpotFeeDetailParser {

    private SpotFeeDetailParser() {
    }

    /** @throws JsonSyntaxException when the text is not a fee detail */
    public static SpotFeeDetail parse(String json) {
        try {
            return SpotFeeDetailAdapterFactory.parse(BitgetJson.gson(), json);
        } catch (IOException | IllegalStateException e) {
            throw new JsonSyntaxException("feeDetail is not a JSON object: " + e.getMessage(), e);
        }
    }
}
