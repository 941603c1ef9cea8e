/** The JDK transport's classes; not exported. */
@NullMarked
package io.github.bitget4j.jdk.internal;

import org.jspecify.annotations.NullMarked;
