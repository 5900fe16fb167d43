/**
 * Fixture demo: a command that uses the HTTP adapter's wire mapper directly, and an entry point
 * that depends on the command (the demo may depend on itself).
 */
package dev.convai.archfixtures.demo;
