/** The request pipeline and plugin resolution. Not exported: may change in any release. */
@NullMarked
package io.github.bitget4j.internal;

import org.jspecify.annotations.NullMarked;
