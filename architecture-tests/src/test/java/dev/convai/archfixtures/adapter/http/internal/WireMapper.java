package dev.convai.archfixtures.adapter.http.internal;

/** Compliant: maps the wire DTO to what the domain uses. */
public final class WireMapper {
  public String toDomain(WireDto dto) {
    return dto.conversationId();
  }
}
