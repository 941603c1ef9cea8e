package io.github.bitget4j.signers.internal;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.github.bitget4j.spi.SignerException;
import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link TokenSlots} on Java 22+: calls the PKCS#11 library's {@code C_GetFunctionList},
 * {@code C_Initialize}, {@code C_GetSlotList} and {@code C_GetTokenInfo} through the Foreign Function API.
 * Only these four functions, only to read labels: all key work stays in SunPKCS11.
 *
 * <p>PKCS#11 structures are packed to 1 byte and CK_ULONG is 32 bits on Windows; elsewhere natural alignment
 * and a 64-bit CK_ULONG (LP64). Both layouts are handled.
 */
@SuppressWarnings("restricted") // native calls are the point; README says how to allow them without a warning
final class NativeTokenSlots {

    private static final long CKR_OK = 0;
    private static final long CKR_CRYPTOKI_ALREADY_INITIALIZED = 0x191;
    private static final long CKF_OS_LOCKING_OK = 0x2;
    private static final int C_INITIALIZE = 0, C_FINALIZE = 1, C_GET_SLOT_LIST = 4, C_GET_TOKEN_INFO = 6;
    private static final int LABEL_BYTES = 32;

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");
    private static final ValueLayout ULONG = WINDOWS ? JAVA_INT : JAVA_LONG; // in call signatures
    private static final AddressLayout POINTER = WINDOWS ? ADDRESS.withByteAlignment(1) : ADDRESS;
    // CK_FUNCTION_LIST starts with a 2-byte CK_VERSION; the function pointers follow (aligned unless packed)
    private static final long FIRST_FUNCTION = WINDOWS ? 2 : ADDRESS.byteSize();

    private NativeTokenSlots() {
    }

    static List<TokenSlots.Slot> withTokens(Path library) {
        Linker linker = Linker.nativeLinker();
        try (Arena arena = Arena.ofConfined()) {
            SymbolLookup symbols;
            try {
                symbols = SymbolLookup.libraryLookup(library, arena);
            } catch (IllegalArgumentException e) {
                throw new SignerException("the PKCS#11 module library " + library + " cannot be loaded (is it a"
                        + " PKCS#11 library for this platform?)");
            }
            MemorySegment getFunctionList = symbols.find("C_GetFunctionList").orElseThrow(() -> new SignerException(
                    "the library " + library + " is not a PKCS#11 module (it has no C_GetFunctionList)"));
            MemorySegment listPointer = arena.allocate(ADDRESS);
            check(call(linker, getFunctionList, FunctionDescriptor.of(ULONG, ADDRESS)).invoke(listPointer),
                    "C_GetFunctionList", library);
            MemorySegment functions = listPointer.get(ADDRESS, 0).reinterpret(FIRST_FUNCTION + 64 * ADDRESS.byteSize());

            long initialised = toLong(call(linker, function(functions, C_INITIALIZE),
                    FunctionDescriptor.of(ULONG, ADDRESS)).invoke(initializeArgs(arena)));
            if (initialised != CKR_OK && initialised != CKR_CRYPTOKI_ALREADY_INITIALIZED) {
                throw new SignerException("C_Initialize of " + library + " failed with " + hex(initialised));
            }
            try {
                return slots(linker, functions, arena, library);
            } finally {
                // We initialised it, so nobody else in this process uses it yet: finalise, and let SunPKCS11
                // initialise it its own way. (Creation of signers is serialised, see Pkcs11SignerProvider.)
                if (initialised == CKR_OK) {
                    call(linker, function(functions, C_FINALIZE), FunctionDescriptor.of(ULONG, ADDRESS))
                            .invoke(MemorySegment.NULL);
                }
            }
        } catch (SignerException e) {
            throw e;
        } catch (Throwable e) {
            throw new SignerException("listing the tokens of " + library + " failed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static List<TokenSlots.Slot> slots(Linker linker, MemorySegment functions, Arena arena, Path library)
            throws Throwable {
        MethodHandle getSlotList = call(linker, function(functions, C_GET_SLOT_LIST),
                FunctionDescriptor.of(ULONG, JAVA_BYTE, ADDRESS, ADDRESS));
        MemorySegment count = arena.allocate(8);
        check(getSlotList.invoke((byte) 1, MemorySegment.NULL, count), "C_GetSlotList", library);
        long slotCount = toLong(count, 0);
        MemorySegment slotIds = arena.allocate(Math.max(1, slotCount) * ULONG.byteSize());
        check(getSlotList.invoke((byte) 1, slotIds, count), "C_GetSlotList", library);
        slotCount = toLong(count, 0);

        MethodHandle getTokenInfo = call(linker, function(functions, C_GET_TOKEN_INFO),
                FunctionDescriptor.of(ULONG, ULONG, ADDRESS));
        MemorySegment info = arena.allocate(512); // CK_TOKEN_INFO is about 210 bytes; its label comes first
        List<TokenSlots.Slot> slots = new ArrayList<>();
        for (long i = 0; i < slotCount; i++) {
            Object slotId = WINDOWS ? (Object) slotIds.get(JAVA_INT.withByteAlignment(1), i * 4)
                    : (Object) slotIds.get(JAVA_LONG, i * 8);
            long rv = toLong(getTokenInfo.invoke(slotId, info));
            if (rv != CKR_OK) {
                continue; // a token removed meanwhile, or a reader without card
            }
            String label = new String(info.asSlice(0, LABEL_BYTES).toArray(JAVA_BYTE), StandardCharsets.UTF_8)
                    .replace('\0', ' ').stripTrailing();
            slots.add(new TokenSlots.Slot(((Number) slotId).longValue() & (WINDOWS ? 0xFFFF_FFFFL : -1L), label));
        }
        return slots;
    }

    private static MemorySegment initializeArgs(Arena arena) {
        // CK_C_INITIALIZE_ARGS: four mutex callbacks (null: use the OS's locks), flags, pReserved
        MemorySegment args = arena.allocate(MemoryLayout.paddingLayout(64));
        if (WINDOWS) {
            args.set(JAVA_INT.withByteAlignment(1), 4 * ADDRESS.byteSize(), (int) CKF_OS_LOCKING_OK);
        } else {
            args.set(JAVA_LONG, 4 * ADDRESS.byteSize(), CKF_OS_LOCKING_OK);
        }
        return args;
    }

    private static MemorySegment function(MemorySegment functions, int index) {
        return functions.get(POINTER, FIRST_FUNCTION + index * ADDRESS.byteSize());
    }

    private static MethodHandle call(Linker linker, MemorySegment function, FunctionDescriptor descriptor) {
        return linker.downcallHandle(function, descriptor);
    }

    private static void check(Object rv, String function, Path library) {
        long code = toLong(rv);
        if (code != CKR_OK) {
            throw new SignerException(function + " of " + library + " failed with " + hex(code));
        }
    }

    private static long toLong(Object value) {
        return value instanceof Integer i ? Integer.toUnsignedLong(i) : (Long) value;
    }

    private static long toLong(MemorySegment segment, long offset) {
        return WINDOWS ? Integer.toUnsignedLong(segment.get(JAVA_INT.withByteAlignment(1), offset)) : segment.get(JAVA_LONG, offset);
    }

    private static String hex(long code) {
        return "CKR 0x" + Long.toHexString(code);
    }
}
