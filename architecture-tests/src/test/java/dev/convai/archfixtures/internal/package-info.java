/**
 * The fixtures' copy of core's Immutables style, so that fixture value types are generated with
 * the same settings (and so reference the same annotation types) as core's.
 */
package dev.convai.archfixtures.internal;
