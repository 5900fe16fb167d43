/**
 * Tests that hold the domain model to the OpenAPI specification: every reachable schema and
 * property has a home.
 */
package dev.convai.spec;
