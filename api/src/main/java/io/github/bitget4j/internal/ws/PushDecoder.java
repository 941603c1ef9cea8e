package io.github.bitget4j.internal.ws;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.internal.json.BitgetJson;
import io.github.bitget4j.ws.WsPush;
import io.github.bitget4j.ws.WsPushHandler;
import io.github.bitget4j.ws.WsUpdate;
import io.github.bitget4j.ws.WsUpdateHandler;
import java.util.ArrayList;

/** Turns a typed handler into an update handler that decodes each push's {@code data} into the channel's record. */
public final class PushDecoder {

    private PushDecoder() {
    }

    /** @param strict refuse fields the model does not know (the client's {@code strictResponses}) */
    public static <R> WsUpdateHandler handler(Class<R> type, boolean strict, WsPushHandler<R> handler) {
        Gson gson = strict ? BitgetJson.strictGson() : BitgetJson.gson();
        return update -> handler.onPush(new WsPush<>(decode(gson, update, type), update));
    }

    private static <R> java.util.List<R> decode(Gson gson, WsUpdate update, Class<R> type) {
        var result = new ArrayList<R>();
        try {
            for (JsonElement element : update.data()) {
                result.add(gson.fromJson(element, type));
            }
        } catch (RuntimeException e) {
            throw new BitgetClientException("cannot decode a " + update.topic().key() + " push as "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        return result;
    }
}
