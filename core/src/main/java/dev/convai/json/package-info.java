/**
 * JSON-like values that the domain holds where the API says "any type": an exact, immutable,
 * framework-free model of JSON, so that the core needs no JSON library.
 */
package dev.convai.json;
