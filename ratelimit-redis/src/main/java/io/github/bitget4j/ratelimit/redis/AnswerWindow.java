package io.github.bitget4j.ratelimit.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The second check of a permit, after the evenly spaced token of the Bucket4j budget: a Redis sorted set of the
 * budget's last N permits, each counted from when it was handed out until one window after its request was
 * answered (until then, for as long as it is out). A permit is handed out only while fewer than N are counted.
 * <p>
 * Why: Bitget may count a request when it arrives or when it answers, and a request can leave long after its token
 * (a busy machine, a slow connection). Counted this way, no N+1 requests can reach Bitget within one window, however
 * late they arrive: when the last of them got its permit, the N others were all still counted (each arrived before
 * its answer, so within a window of the last one's arrival means within a window of its own answer). Times are
 * Redis's own ({@code TIME}), so the machines of a fleet need not agree on the time.
 * <p>
 * A permit whose answer never comes (a process that died with requests out) stops counting after {@value #STALE_SECONDS} s.
 */
final class AnswerWindow {

    static final long STALE_SECONDS = 120;

    /** Drops what no longer counts; takes a permit when fewer than N count, else says how long to wait (µs, -2: unknown). */
    private static final String TAKE = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            local window = tonumber(ARGV[2])
            local stale = tonumber(ARGV[3])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
            if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
              redis.call('ZADD', KEYS[1], now + stale + window, ARGV[4])
              redis.call('PEXPIRE', KEYS[1], math.ceil((stale + window) / 1000))
              return -1
            end
            local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
            local wait = tonumber(oldest[2]) - now
            if wait > window then
              return -2
            end
            return wait
            """;

    /** The request of this permit was answered: it counts for one more window from now. */
    private static final String ANSWERED = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), ARGV[2])
            return 0
            """;

    /** How often a permit waiting on a request still out looks again. */
    private static final long POLL_NANOS = 2_000_000;

    private final StatefulRedisConnection<String, byte[]> connection;
    private final String takeSha;
    private final String answeredSha;

    AnswerWindow(StatefulRedisConnection<String, byte[]> connection) {
        this.connection = connection;
        this.takeSha = connection.sync().scriptLoad(TAKE);
        this.answeredSha = connection.sync().scriptLoad(ANSWERED);
    }

    /**
     * Takes a permit of {@code permits} per {@code window} for {@code member}, waiting until {@code deadline}
     * ({@link System#nanoTime()}) at most.
     *
     * @return true when taken, false when none was free in time (nothing is then counted)
     */
    boolean take(String key, String member, int permits, Duration window, long deadline) throws InterruptedException {
        String[] args = {Integer.toString(permits), Long.toString(window.toNanos() / 1000),
                Long.toString(STALE_SECONDS * 1_000_000), member};
        while (true) {
            long answer = run(takeSha, TAKE, key, args);
            if (answer == -1) {
                return true;
            }
            long wait = answer == -2 ? POLL_NANOS : Math.max(answer * 1000, 100_000);
            if (System.nanoTime() + wait > deadline) {
                return false;
            }
            Thread.sleep(Duration.ofNanos(wait));
        }
    }

    /** The request of {@code member}'s permit was answered, or failed. */
    void answered(String key, String member, Duration window) {
        run(answeredSha, ANSWERED, key, Long.toString(window.toNanos() / 1000), member);
    }

    private long run(String sha, String script, String key, String... args) {
        byte[][] values = new byte[args.length][];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i].getBytes(StandardCharsets.UTF_8);
        }
        String[] keys = {key};
        try {
            return connection.sync().<Long>evalsha(sha, ScriptOutputType.INTEGER, keys, values);
        } catch (RedisNoScriptException restarted) { // Redis lost its script cache: send the script itself
            return connection.sync().<Long>eval(script, ScriptOutputType.INTEGER, keys, values);
        }
    }
}
