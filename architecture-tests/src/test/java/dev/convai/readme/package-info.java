/**
 * The README's Java snippets, compiled and run from the README's own text by {@link
 * dev.convai.readme.ReadmeSnippetsTest}, so that the README cannot drift from the API. This module
 * is the one whose test class path reaches every published module a snippet may use. The hidden
 * context of a fragment (see the test's documentation) may call {@link
 * dev.convai.readme.ReadmeFixtures} for values a reader would already have, such as a conversation
 * or a signed webhook delivery.
 */
package dev.convai.readme;
