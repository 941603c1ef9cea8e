/** The in-process rate limiter: budgets per (account or IP, endpoint group), shared by every client of the process. */
@NullMarked
package io.github.bitget4j.internal.limits;

import org.jspecify.annotations.NullMarked;
