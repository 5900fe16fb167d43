/**
 * Deliberately violating code for the ring rules: a miniature of the production packages below a
 * root of its own (core concept packages, port, adapters, demo), where each rule is broken on
 * purpose by a class named after its offence, next to compliant classes that must not be
 * reported. The style annotation here mirrors core's, so that the generated Immutables code the
 * core rules must accept is produced the same way. Test sources only: never part of the
 * production import.
 */
@FixtureStyle
package dev.convai.archfixtures;

import dev.convai.archfixtures.internal.FixtureStyle;
