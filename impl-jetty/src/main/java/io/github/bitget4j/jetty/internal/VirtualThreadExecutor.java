package io.github.bitget4j.jetty.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.TryExecutor;

/**
 * Runs every Jetty task (selector loop included) on a new virtual thread, so a transport adds almost no
 * platform threads. Jetty's own VirtualThreadPool would do the same but starts a non-daemon keep-alive
 * thread, which would keep an application's JVM running whenever a client is left unclosed.
 * Being a {@link TryExecutor} that always accepts lets Jetty hand work to a fresh thread instead of
 * running it on the selector; being {@link VirtualThreads.Configurable} tells Jetty these are virtual.
 */
final class VirtualThreadExecutor implements TryExecutor, VirtualThreads.Configurable {

    private final ThreadFactory threads;

    VirtualThreadExecutor(String namePrefix) {
        this.threads = Thread.ofVirtual().name(namePrefix, 0).factory();
    }

    @Override
    public boolean tryExecute(Runnable task) {
        execute(task);
        return true;
    }

    @Override
    public void execute(Runnable task) {
        threads.newThread(task).start();
    }

    @Override
    public Executor getVirtualThreadsExecutor() {
        return this;
    }

    @Override
    public void setVirtualThreadsExecutor(Executor executor) {
        throw new UnsupportedOperationException("always virtual");
    }

    @Override
    public String toString() {
        return "VirtualThreadExecutor";
    }
}
