/**
 * The Redis rate limiter (see the module's description), selected with the client option
 * {@code rateLimiterProvider("redis")}. See the README, section "Running many processes on one key" ({@code
 * README.md#running-many-processes-on-one-key}).
 */
@NullMarked
package io.github.bitget4j.ratelimit.redis;

import org.jspecify.annotations.NullMarked;
