/** Fixture tracing module. */
package dev.convai.archfixtures.observe.tracing;
