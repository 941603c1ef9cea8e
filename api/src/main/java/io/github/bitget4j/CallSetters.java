package io.github.bitget4j;

import io.github.bitget4j.internal.OptionChecks;
import io.github.bitget4j.internal.OptionValues;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The setters of {@link ClientOptions.Builder} for how each call is checked, paced and answered: parameter and
 * response validation, typed errors, rate limits, the clock and retries. Only {@code ClientOptions.Builder}
 * extends it.
 *
 * @param <B> the builder type each setter returns, for chaining
 */
public abstract sealed class CallSetters<B extends CallSetters<B>> extends HttpSetters<B> permits WebSocketSetters {

    CallSetters(OptionValues values) {
        super(values);
    }

    /**
     * Refuse null parameter values and parameters an endpoint does not declare, before sending: the call throws
     * a {@link io.github.bitget4j.errors.BitgetValidationException} and nothing leaves the machine. Default false.
     *
     * @param strict true to refuse them
     * @return this builder
     */
    public B strictParamValidation(boolean strict) {
        values.strictParamValidation = strict;
        return self();
    }

    /**
     * Percent-encode query values (RFC 3986: everything but {@code A-Z a-z 0-9 - . _ ~}). Default true. Turn off
     * only when passing values already encoded; they are then sent and signed verbatim.
     *
     * @param encode false to send query values as given
     * @return this builder
     */
    public B encodeQueryStringValues(boolean encode) {
        values.encodeQueryStringValues = encode;
        return self();
    }

    /**
     * Throw typed exceptions for failed calls (a subclass of {@link io.github.bitget4j.errors.BitgetException} per
     * kind of failure). When false, every refusal by Bitget is a
     * {@link io.github.bitget4j.errors.BitgetRawResponseException} holding the response as sent. Default true.
     *
     * @param parse false for raw responses
     * @return this builder
     */
    public B parseExceptions(boolean parse) {
        values.parseExceptions = parse;
        return self();
    }

    /**
     * Refuse a response that holds a field the model does not know, or lacks one it promises (a non-null
     * component): the call fails with a {@link io.github.bitget4j.errors.BitgetClientException} naming the field
     * (the request was answered). Default false, which ignores unknown fields, as a client meeting a newer Bitget
     * must. Tests turn it on to catch drift.
     *
     * @param strict true to refuse such responses
     * @return this builder
     */
    public B strictResponses(boolean strict) {
        values.strictResponses = strict;
        return self();
    }

    /**
     * Keep every request inside Bitget's limit for its endpoint: a call over budget waits for a permit (a parked
     * virtual thread holds no platform thread), at most {@link #rateLimitMaxWait(Duration)}, and a 429 pauses its
     * budget for the {@code Retry-After} Bitget names. Default true; turn off when you keep to the limits yourself.
     *
     * @param on false to send without waiting for permits
     * @return this builder
     */
    public B rateLimiting(boolean on) {
        values.rateLimiting = on;
        return self();
    }

    /**
     * The longest a call waits for a rate limit permit; when it would wait longer it fails at once with a
     * {@link io.github.bitget4j.errors.BitgetThrottledException}, not sent. Default 30 s.
     *
     * @param maxWait zero or more; zero never waits and fails at once when the budget is spent
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public B rateLimitMaxWait(Duration maxWait) {
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("rateLimitMaxWait must not be negative: " + maxWait);
        }
        values.rateLimitMaxWait = maxWait;
        return self();
    }

    /**
     * The rate limiter plugin by name ({@code "in-process"}, {@code "redis"}). Default none: the system property
     * {@code bitget4j.rateLimiter}, then the environment variable {@code BITGET4J_RATE_LIMITER}, then the best
     * usable plugin that supports the {@link #rateLimiterProperties(Map) properties} (the in-process one when
     * nothing else is there).
     *
     * @param name the plugin's name; null or blank for the default choice
     * @return this builder
     */
    public B rateLimiterProvider(@Nullable String name) {
        values.rateLimiterProvider = OptionChecks.blankToNull(name);
        return self();
    }

    /**
     * Settings for the rate limiter plugin (e.g. {@code redis.uri}). Default empty.
     *
     * @param properties the settings, copied
     * @return this builder
     * @throws NullPointerException for a null map, key or value
     */
    public B rateLimiterProperties(Map<String, String> properties) {
        values.rateLimiterProperties = Map.copyOf(properties);
        return self();
    }

    /**
     * Measure the offset of Bitget's clock (its server time, taken at half the round trip) before the first signed
     * call and every {@link #clockSyncInterval(Duration)}, and sign with the corrected time; a 40008 (timestamp too
     * far from Bitget's clock) re-measures and re-sends the request once, which is safe: Bitget refused it
     * unexecuted. A WebSocket client with this option logs in with the offset the REST clients of the process
     * measured for the same base URL. Default false: requests carry {@link #clock(InstantSource)}'s time.
     *
     * @param on true to follow Bitget's clock
     * @return this builder
     */
    public B clockSync(boolean on) {
        values.clockSync = on;
        return self();
    }

    /**
     * How often the clock offset is measured again while {@link #clockSync(boolean)} is on. Default 5 minutes.
     *
     * @param interval a positive duration
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public B clockSyncInterval(Duration interval) {
        values.clockSyncInterval = OptionChecks.positive("clockSyncInterval", interval);
        return self();
    }

    /**
     * The source of request timestamps (Unix milliseconds in the signed {@code ACCESS-TIMESTAMP}). Default the
     * system clock.
     *
     * @param clock the clock, e.g. a fixed one in tests
     * @return this builder
     * @throws NullPointerException for null
     */
    public B clock(InstantSource clock) {
        values.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * Which failures the client re-sends by itself: see {@link RetryPolicy}. Default {@link RetryPolicy#none()}.
     *
     * @param policy the policy
     * @return this builder
     * @throws NullPointerException for null
     */
    public B retryPolicy(RetryPolicy policy) {
        values.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
        return self();
    }
}
