/**
 * The HTTP adapter: {@link dev.convai.adapter.http.HttpConversationAnalysisAdapter} runs the
 * analysis against the ElevenLabs API over a Vert.x Web Client, with per-attempt deadlines,
 * retries, regions and the port's typed failures; {@link dev.convai.adapter.http.Region} names the
 * API's servers, and {@code ConversationJson} is the public codec of the API's JSON. Everything
 * else here (endpoint parsing, retry hints, error bodies, body limits) is package-private plumbing
 * behind those entry points.
 */
package dev.convai.adapter.http;
