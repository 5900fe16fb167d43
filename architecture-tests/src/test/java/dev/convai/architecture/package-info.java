/**
 * Architecture rules that keep the modules in their rings: core depends on the JDK alone, the
 * adapters depend on core and not on each other, the HTTP adapter's wire model stays hidden, and
 * nothing depends on the demo. Every rule is built from a root package by {@link
 * dev.convai.architecture.Rings}, checked against the production code, and proven against
 * deliberately violating fixtures so that none of them can pass on nothing.
 */
package dev.convai.architecture;
