package dev.convai.adapter.http.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the constructor MapStruct builds a DTO with when it maps the domain back to the wire.
 * MapStruct recognises any annotation of this simple name; Jackson ignores it and uses the
 * no-argument constructor.
 */
@Target(ElementType.CONSTRUCTOR)
@Retention(RetentionPolicy.CLASS)
@interface Default {}
