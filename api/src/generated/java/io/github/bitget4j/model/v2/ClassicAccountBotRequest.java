// Generated from codegen/model/v2/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Names one bot account type; all optional.
 *
 * @param accountType futures or spot; unset for both (optional, sent as {@code accountType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record ClassicAccountBotRequest(
        @Nullable String accountType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("accountType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public ClassicAccountBotRequest {
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param accountType futures or spot; unset for both (optional, sent as {@code accountType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public ClassicAccountBotRequest(@Nullable String accountType) {
        this(accountType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public ClassicAccountBotRequest withExtraParam(String name, Object value) {
        return new ClassicAccountBotRequest(accountType, Require.withExtra(extraParams, name, value));
    }
}
