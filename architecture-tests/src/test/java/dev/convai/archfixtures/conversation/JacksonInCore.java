package dev.convai.archfixtures.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Violates rules 1 and 2: a core type that decodes JSON with Jackson. */
public final class JacksonInCore {
  private final ObjectMapper mapper = new ObjectMapper();

  public Object decode(String json) throws Exception {
    return mapper.readTree(json);
  }
}
