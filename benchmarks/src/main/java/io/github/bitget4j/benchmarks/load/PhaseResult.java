package io.github.bitget4j.benchmarks.load;

/**
 * One measured phase: one client at one concurrency.
 *
 * @param client               {@code sdk}, {@code raw-jetty} or {@code node}
 * @param concurrency          callers running at once
 * @param requests             requests completed in the measured window
 * @param errors               requests that failed in the window (must be 0)
 * @param throughput           requests per second
 * @param p50Millis            median latency
 * @param p90Millis            90th percentile latency
 * @param p99Millis            99th percentile latency
 * @param cpuMicrosPerRequest  the client process's CPU time (user + system) per request
 * @param allocatedKbPerRequest heap allocated per request by the client process (garbage made); NaN for Node
 * @param peakHeapMegabytes    peak heap use of the client process in the window (for the JVM clients mostly the
 *                             young generation's size: it fills before each collection whatever the client)
 * @param peakPlatformThreads  peak platform (OS) threads of the client process; -1 where not measurable (Node)
 */
record PhaseResult(String client, int concurrency, long requests, long errors, double throughput, double p50Millis,
        double p90Millis, double p99Millis, double cpuMicrosPerRequest, double allocatedKbPerRequest, double peakHeapMegabytes,
        int peakPlatformThreads) {
}
