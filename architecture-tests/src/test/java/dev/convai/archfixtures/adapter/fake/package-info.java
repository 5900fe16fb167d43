/**
 * Fixture fake adapter: a compliant port implementation, port implementations that are not named
 * as adapters, and classes that reach into the HTTP adapter, its wire model or the demo.
 */
package dev.convai.archfixtures.adapter.fake;
