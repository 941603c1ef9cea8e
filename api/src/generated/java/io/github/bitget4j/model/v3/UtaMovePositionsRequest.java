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
 * @param fromUid the source account (required, sent as {@code fromUid})
 * @param toUid the target account (required, sent as {@code toUid})
 * @param category a futures line (required, sent as {@code category})
 * @param positionList position list (a list) (required, not empty, sent as {@code positionList})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaMovePositionsRequest(
        String fromUid,
        String toUid,
        Category category,
        List<UtaMovePositionItem> positionList,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("fromUid", "toUid", "category", "positionList");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaMovePositionsRequest {
        Require.text(fromUid, "fromUid");
        Require.text(toUid, "toUid");
        Require.known(category, "category");
        positionList = Require.nonEmpty(positionList, "positionList");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param fromUid the source account (required, sent as {@code fromUid})
     * @param toUid the target account (required, sent as {@code toUid})
     * @param category a futures line (required, sent as {@code category})
     * @param positionList position list (a list) (required, not empty, sent as {@code positionList})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaMovePositionsRequest(String fromUid, String toUid, Category category, List<UtaMovePositionItem> positionList) {
        this(fromUid, toUid, category, positionList, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaMovePositionsRequest withExtraParam(String name, Object value) {
        return new UtaMovePositionsRequest(fromUid, toUid, category, positionList, Require.withExtra(extraParams, name, value));
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
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

        /**
         * Sets {@code fromUid}: the source account (required, sent as {@code fromUid}). Checked by {@link #build()}.
         *
         * @param fromUid the value
         * @return this builder
         */
        public Builder fromUid(String fromUid) {
            this.fromUid = fromUid;
            return this;
        }

        /**
         * Sets {@code toUid}: the target account (required, sent as {@code toUid}). Checked by {@link #build()}.
         *
         * @param toUid the value
         * @return this builder
         */
        public Builder toUid(String toUid) {
            this.toUid = toUid;
            return this;
        }

        /**
         * Sets {@code category}: a futures line (required, sent as {@code category}). Checked by {@link #build()}.
         *
         * @param category the value
         * @return this builder
         */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /**
         * Sets {@code positionList}: position list (a list) (required, not empty, sent as {@code positionList}). Checked by {@link #build()}.
         *
         * @param positionList the value
         * @return this builder
         */
        public Builder positionList(List<UtaMovePositionItem> positionList) {
            this.positionList = positionList;
            return this;
        }

        /**
         * Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
         *
         * @param name the parameter's wire name; must not be a typed field's (checked by {@link #build()})
         * @param value its value, sent as its text
         * @return this builder
         */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /**
         * Checks the parameters and makes the request.
         *
         * @return the request
         * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
         */
        public UtaMovePositionsRequest build() {
            return new UtaMovePositionsRequest(fromUid, toUid, category, positionList, extraParams);
        }
    }
}
