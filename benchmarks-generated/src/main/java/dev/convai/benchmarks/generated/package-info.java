/**
 * Drives clients that OpenAPI Generator makes from the documented spec (the Vert.x 4 library and
 * the JDK {@code HttpClient} one) against the benchmarks' local server, so the project's own
 * client can be priced against what a user would otherwise generate.
 */
package dev.convai.benchmarks.generated;
