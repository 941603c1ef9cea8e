package io.github.bitget4j.kotlin;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Java 21 thread APIs this module uses, called from Java on purpose: the Kotlin compiler runs inside
 * Maven's JVM and compiles against that JDK's class library, which may be Java 17, while javac compiles
 * this file with the toolchain JDK at {@code --release 21}.
 */
final class Jdk21Threads {

    private Jdk21Threads() {
    }

    static ExecutorService newVirtualThreadPerTaskExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    static boolean isVirtual(Thread thread) {
        return thread.isVirtual();
    }
}
