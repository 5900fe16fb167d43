/**
 * Fixture HTTP adapter: a compliant port implementation that uses its own wire model and Vert.x,
 * and a class that reaches into the fake adapter.
 */
package dev.convai.archfixtures.adapter.http;
