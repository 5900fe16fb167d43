package dev.convai.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to every value type of a module through the
 * module's top {@code package-info.java}.
 *
 * <p>Not part of the API: it only shapes generated code. JDK-only output keeps Guava off the
 * classpath; nullable arguments to {@code Optional} builder setters mean "absent", which is what
 * tolerant wire decoding needs.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    optionalAcceptNullable = true,
    depluralize = true,
    deferCollectionAllocation = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface DomainStyle {}
