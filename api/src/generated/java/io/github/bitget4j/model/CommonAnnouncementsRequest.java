// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

import io.github.bitget4j.internal.json.Require;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the announcement query. Build it with {@link #builder()}.
 *
 * @param annType one category; unset for all (optional, sent as {@code annType})
 * @param startTime earliest announcement time (optional, sent as {@code startTime})
 * @param endTime latest announcement time (optional, sent as {@code endTime})
 * @param language zh_CN or en_US; an unsupported one gives English (required, sent as {@code language})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CommonAnnouncementsRequest(
        @Nullable CommonAnnouncementType annType,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        String language,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("annType", "startTime", "endTime", "language");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CommonAnnouncementsRequest {
        Require.knownIfPresent(annType, "annType");
        Require.text(language, "language");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param annType one category; unset for all (optional, sent as {@code annType})
     * @param startTime earliest announcement time (optional, sent as {@code startTime})
     * @param endTime latest announcement time (optional, sent as {@code endTime})
     * @param language zh_CN or en_US; an unsupported one gives English (required, sent as {@code language})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CommonAnnouncementsRequest(@Nullable CommonAnnouncementType annType, @Nullable Instant startTime, @Nullable Instant endTime, String language) {
        this(annType, startTime, endTime, language, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CommonAnnouncementsRequest withExtraParam(String name, Object value) {
        return new CommonAnnouncementsRequest(annType, startTime, endTime, language, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets language; the rest stay unset.
     *
     * @param language zh_CN or en_US; an unsupported one gives English (required, sent as {@code language})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CommonAnnouncementsRequest of(String language) {
        return new CommonAnnouncementsRequest(null, null, null, language, Map.of());
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
        private @Nullable CommonAnnouncementType annType;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable String language;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code annType}: one category; unset for all (optional, sent as {@code annType}). Checked by {@link #build()}.
         *
         * @param annType the value, or null to leave it unset
         * @return this builder
         */
        public Builder annType(@Nullable CommonAnnouncementType annType) {
            this.annType = annType;
            return this;
        }

        /**
         * Sets {@code startTime}: earliest announcement time (optional, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: latest announcement time (optional, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code language}: zh_CN or en_US; an unsupported one gives English (required, sent as {@code language}). Checked by {@link #build()}.
         *
         * @param language the value
         * @return this builder
         */
        public Builder language(String language) {
            this.language = language;
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
        public CommonAnnouncementsRequest build() {
            return new CommonAnnouncementsRequest(annType, startTime, endTime, language, extraParams);
        }
    }
}
