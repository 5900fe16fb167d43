/**
 * Build-time support for the core module: the Immutables style. Nothing here is API; classes in
 * this package may change without notice.
 */
package dev.convai.internal;
