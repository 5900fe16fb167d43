package dev.convai.archfixtures.demo;

import dev.convai.archfixtures.adapter.http.internal.WireDto;
import dev.convai.archfixtures.adapter.http.internal.WireMapper;

/** Violates rule 5: the demo mapping wire DTOs itself instead of using the adapter. */
public final class DemoCommand {
  public String run(String id) {
    return new WireMapper().toDomain(new WireDto(id));
  }
}
