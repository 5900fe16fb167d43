/**
 * Fixture core concept package: a compliant Immutables value type (whose generated class core's
 * rules must accept) beside core classes that leak the HTTP adapter's frameworks.
 */
package dev.convai.archfixtures.conversation;
