package io.github.bitget4j.testkit.internal;

/** How a futures account holds positions: one net position per symbol, or a long and a short side by side. */
enum PositionMode { ONE_WAY, HEDGE }
