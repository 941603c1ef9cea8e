// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new trading mode.
 *
 * @param mode the mode to switch to (required, sent as {@code mode})
 * @param deltaSwitch advanced mode only: turns delta-neutral on or off (optional, sent as {@code deltaSwitch})
 * @param targetUid a sub-account's uid, when the main account switches it; unset for this account (optional, sent as {@code targetUid})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaAccountModeRequest(
        UtaAccountLevel mode,
        @Nullable UtaYesNo deltaSwitch,
        @Nullable String targetUid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("mode", "deltaSwitch", "targetUid");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaAccountModeRequest {
        Require.known(mode, "mode");
        Require.knownIfPresent(deltaSwitch, "deltaSwitch");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param mode the mode to switch to (required, sent as {@code mode})
     * @param deltaSwitch advanced mode only: turns delta-neutral on or off (optional, sent as {@code deltaSwitch})
     * @param targetUid a sub-account's uid, when the main account switches it; unset for this account (optional, sent as {@code targetUid})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaAccountModeRequest(UtaAccountLevel mode, @Nullable UtaYesNo deltaSwitch, @Nullable String targetUid) {
        this(mode, deltaSwitch, targetUid, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaAccountModeRequest withExtraParam(String name, Object value) {
        return new UtaAccountModeRequest(mode, deltaSwitch, targetUid, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets mode; the rest stay unset.
     *
     * @param mode the mode to switch to (required, sent as {@code mode})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaAccountModeRequest of(UtaAccountLevel mode) {
        return new UtaAccountModeRequest(mode, null, null, Map.of());
    }
}
