// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One Bitget announcement.
 *
 * @param annId ann id ({@code annId})
 * @param annTitle ann title ({@code annTitle})
 * @param annDesc short description.
 * @param cTime c time ({@code cTime})
 * @param language language ({@code language})
 * @param annUrl link to the full text.
 */
public record CommonAnnouncement(
        String annId,
        String annTitle,
        @Nullable String annDesc,
        Instant cTime,
        @Nullable String language,
        @Nullable String annUrl) {
}
