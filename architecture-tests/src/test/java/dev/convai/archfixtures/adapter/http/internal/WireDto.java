package dev.convai.archfixtures.adapter.http.internal;

/** Compliant: a wire DTO, hidden in the HTTP adapter. */
public record WireDto(String conversationId) {}
