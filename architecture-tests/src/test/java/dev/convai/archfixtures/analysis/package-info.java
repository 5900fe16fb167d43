/**
 * Fixture core concept package: a core class carrying a third-party annotation that is not one of
 * Immutables' (so the allowance for annotations is shown to be narrow), and one half of a package
 * cycle with the transcript fixtures.
 */
package dev.convai.archfixtures.analysis;
