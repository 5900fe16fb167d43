/**
 * Fixture wire model of the HTTP adapter: a DTO and a mapper that only the HTTP adapter's own
 * packages may use.
 */
package dev.convai.archfixtures.adapter.http.internal;
