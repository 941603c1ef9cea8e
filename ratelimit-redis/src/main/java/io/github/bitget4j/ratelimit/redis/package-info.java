/** The Redis rate limiter (see the module's description). */
@NullMarked
package io.github.bitget4j.ratelimit.redis;

import org.jspecify.annotations.NullMarked;
