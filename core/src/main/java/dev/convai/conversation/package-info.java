/**
 * A conversation as the API returns it: status, metadata, analysis, transcript and how it was
 * initiated, with typed ids and conveniences for times and turns.
 */
package dev.convai.conversation;
