package dev.convai.demo;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** Which adapter {@code analyze} runs on. */
enum BackendKind {
  /** The deterministic in-memory fake: no network, no key. */
  FAKE,
  /** The ElevenLabs API over HTTP, with the key from {@code ELEVENLABS_API_KEY}. */
  HTTP;

  /** The lower-case names shown in {@code --help}. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(value -> value.name().toLowerCase(Locale.ROOT)).iterator();
    }
  }
}
