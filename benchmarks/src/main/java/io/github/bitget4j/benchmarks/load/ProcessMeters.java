package io.github.bitget4j.benchmarks.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;

/** This JVM's CPU time, peak heap and peak platform-thread count, each resettable at the start of a window. */
final class ProcessMeters {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    /** Starts a window: peaks start again from the current values. */
    void resetPeaks() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        threads.resetPeakThreadCount();
    }

    /** Heap allocated so far by all threads (a virtual thread's allocations count on its carrier). */
    long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) threads).getTotalThreadAllocatedBytes();
    }

    long cpuNanos() {
        return os.getProcessCpuTime();
    }

    /**
     * Sum of each heap pool's peak since the reset. The pools peak at different moments (eden just before a
     * collection, old gen after), so this is an upper bound of the heap in use at any one time.
     */
    double peakHeapMegabytes() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }

    /** Platform threads only: the JVM does not count virtual threads here. */
    int peakPlatformThreads() {
        return threads.getPeakThreadCount();
    }
}
