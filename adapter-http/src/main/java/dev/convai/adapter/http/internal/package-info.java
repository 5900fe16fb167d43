/**
 * Not API. The wire side of the HTTP adapter: Jackson DTOs that mirror the API's JSON schemas
 * member for member and keep the members they do not name, the MapStruct mapper onto the domain
 * and back, and the codec that ties them together. Everything here may change without notice; use
 * {@code dev.convai.adapter.http.ConversationJson}.
 */
package dev.convai.adapter.http.internal;
