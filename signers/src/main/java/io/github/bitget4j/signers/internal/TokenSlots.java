package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.SignerException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.List;

/**
 * The slots of a PKCS#11 library that hold a token, with each token's label.
 *
 * <p>Why this exists: the JDK's SunPKCS11 selects a token only by slot id or slot index, never by label,
 * and exposes no token information. So the label lookup calls {@code C_GetSlotList}/{@code C_GetTokenInfo}
 * itself through the Foreign Function API, which is final from Java 22 on. That class
 * ({@code NativeTokenSlots}, in {@code src/main/java22}) is compiled for Java 22 and loaded only there;
 * on Java 21 a URI with {@code slot-id=} still works.
 */
final class TokenSlots {

    record Slot(long id, String label) {
    }

    private static final String NATIVE_IMPLEMENTATION = TokenSlots.class.getPackageName() + ".NativeTokenSlots";

    private TokenSlots() {
    }

    static boolean canReadLabels() {
        return Runtime.version().feature() >= 22;
    }

    /** Every slot with a token; the library is initialised with OS locking, exactly as SunPKCS11 would. */
    @SuppressWarnings("unchecked")
    static List<Slot> withTokens(Path library) {
        if (!canReadLabels()) {
            throw new SignerException("finding a PKCS#11 token by its label needs Java 22 or newer (this is Java "
                    + Runtime.version().feature() + ", whose SunPKCS11 cannot look labels up); add slot-id=<number>"
                    + " to the URI instead (pkcs11-tool --module " + library + " -L lists the slots)");
        }
        MethodHandle lookup;
        try {
            lookup = MethodHandles.lookup().findStatic(Class.forName(NATIVE_IMPLEMENTATION), "withTokens",
                    MethodType.methodType(List.class, Path.class));
        } catch (ReflectiveOperationException e) {
            throw new SignerException("the PKCS#11 token lookup is missing from this bitget4j-signers jar ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        try {
            return (List<Slot>) lookup.invokeExact(library);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new SignerException("listing the tokens of " + library + " failed (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
