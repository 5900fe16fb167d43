package dev.convai.adapter.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The real payloads under {@code src/test/resources/fixtures/real}, by name. */
final class Fixtures {

  /** The conversation-shaped real payloads (API responses and webhook {@code data} objects). */
  static final List<String> REAL_CONVERSATIONS =
      List.of(
          "docs-post-call-webhook-transcription-data.json",
          "gro-dashboard-webhook-data-tamil-tool-calls.json",
          "elevenlabs-js-wire-analysis-run-response.json");

  private Fixtures() {}

  static byte[] real(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/real/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
