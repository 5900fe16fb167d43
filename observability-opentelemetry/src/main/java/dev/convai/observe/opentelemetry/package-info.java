/**
 * OpenTelemetry traces for the HTTP adapter. {@link
 * dev.convai.observe.opentelemetry.OpenTelemetryCallListener} is an {@link
 * dev.convai.adapter.http.observe.HttpCallListener} that opens a client span per call, a child
 * client span per attempt with the HTTP client semantic-convention attributes, and records how a
 * failed call failed. It uses only the OpenTelemetry API; the application owns the SDK and its
 * exporters. The conversation id appears on a span only when the application asks for it.
 */
package dev.convai.observe.opentelemetry;
