/** Fixture metrics module. */
package dev.convai.archfixtures.observe.metrics;
