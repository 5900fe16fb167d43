/**
 * Fixture observability modules: a compliant metrics listener built on the adapter's listener API
 * and a framework, one that reaches past that API into the adapter, and a tracing module that
 * depends on the metrics module.
 */
package dev.convai.archfixtures.observe;
