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
 * @param annType optional; one category; unset for all.
 * @param startTime optional; earliest announcement time.
 * @param endTime optional; latest announcement time.
 * @param language required; zh_CN or en_US; an unsupported one gives English.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CommonAnnouncementsRequest(
        @Nullable CommonAnnouncementType annType,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        String language,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("annType", "startTime", "endTime", "language");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CommonAnnouncementsRequest {
        Require.knownIfPresent(annType, "annType");
        Require.text(language, "language");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CommonAnnouncementsRequest(@Nullable CommonAnnouncementType annType, @Nullable Instant startTime, @Nullable Instant endTime, String language) {
        this(annType, startTime, endTime, language, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CommonAnnouncementsRequest withExtraParam(String name, Object value) {
        return new CommonAnnouncementsRequest(annType, startTime, endTime, language, Require.withExtra(extraParams, name, value));
    }

    /** Sets language; the rest stay unset. */
    public static CommonAnnouncementsRequest of(String language) {
        return new CommonAnnouncementsRequest(null, null, null, language, Map.of());
    }

    /** A builder with nothing set. */
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

        /** one category; unset for all. Optional. */
        public Builder annType(@Nullable CommonAnnouncementType annType) {
            this.annType = annType;
            return this;
        }

        /** earliest announcement time. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest announcement time. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** zh_CN or en_US; an unsupported one gives English. Required. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public CommonAnnouncementsRequest build() {
            return new CommonAnnouncementsRequest(annType, startTime, endTime, language, extraParams);
        }
    }
}
