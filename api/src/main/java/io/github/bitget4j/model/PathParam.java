package io.github.bitget4j.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request component that fills a {@code {name}} segment of the endpoint's path (e.g. {@code marginType}
 * in {@code /api/v2/margin/{marginType}/account/assets}): it is sent in the path, never in the query or body.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface PathParam {

    /** {@return the name of the path segment} */
    String value();
}
