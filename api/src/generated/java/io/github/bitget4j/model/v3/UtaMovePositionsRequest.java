// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Positions to move, at most 10, between two accounts of one main account. Build it with {@link #builder()}.
 *
 * @param fromUid required; the source account.
 * @param toUid required; the target account.
 * @param category required; a futures line.
 * @param positionList required
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaMovePositionsRequest(
        String fromUid,
        String toUid,
        Category category,
        List<UtaMovePositionItem> positionList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("fromUid", "toUid", "category", "positionList");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaMovePositionsRequest {
        Require.text(fromUid, "fromUid");
        Require.text(toUid, "toUid");
        Require.known(category, "category");
        positionList = Require.nonEmpty(positionList, "positionList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaMovePositionsRequest(String fromUid, String toUid, Category category, List<UtaMovePositionItem> positionList) {
        this(fromUid, toUid, category, positionList, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaMovePositionsRequest withExtraParam(String name, Object value) {
        return new UtaMovePositionsRequest(fromUid, toUid, category, positionList, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String fromUid;
        private @Nullable String toUid;
        private @Nullable Category category;
        private @Nullable List<UtaMovePositionItem> positionList;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the source account. Required. */
        public Builder fromUid(String fromUid) {
            this.fromUid = fromUid;
            return this;
        }

        /** the target account. Required. */
        public Builder toUid(String toUid) {
            this.toUid = toUid;
            return this;
        }

        /** a futures line. Required. */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** Sets positionList. Required. */
        public Builder positionList(List<UtaMovePositionItem> positionList) {
            this.positionList = positionList;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaMovePositionsRequest build() {
            return new UtaMovePositionsRequest(fromUid, toUid, category, positionList, extraParams);
        }
    }
}
