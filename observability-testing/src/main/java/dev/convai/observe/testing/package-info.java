/**
 * What the observability modules' tests share: a scripted HTTP server on 127.0.0.1 for
 * end-to-end runs through a real adapter, and named listener events for the unit tests. A test
 * dependency only; never published.
 */
package dev.convai.observe.testing;
