package io.github.bitget4j.testkit.internal;

/** Whether a futures position shares the account's margin (crossed) or holds its own (isolated). */
enum MarginMode { CROSSED, ISOLATED }
