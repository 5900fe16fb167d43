/**
 * Fixture core concept package: the other half of the package cycle with the analysis fixtures,
 * and a core class that reaches out to an adapter.
 */
package dev.convai.archfixtures.transcript;
