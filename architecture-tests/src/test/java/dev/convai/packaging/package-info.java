/**
 * Checks on what the build publishes: the BOM manages exactly the published modules at the
 * build's version, each module names itself for the module path, no two published modules share
 * a package, and the tools used only to build (MapStruct's runtime factory) stay out of the
 * shipped code, so that a consumer's classpath gets only what runs.
 */
package dev.convai.packaging;
