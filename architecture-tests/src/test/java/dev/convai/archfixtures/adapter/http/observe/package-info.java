/** Fixture listener API of the HTTP adapter: what observability modules may build on. */
package dev.convai.archfixtures.adapter.http.observe;
