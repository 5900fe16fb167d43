package dev.convai.archfixtures.transcript;

import dev.convai.archfixtures.adapter.http.HttpFixtureAdapter;

/** Violates rule 1 only: core reaching its own root's HTTP adapter, which is not core. */
public final class AdapterAwareTranscript {
  public HttpFixtureAdapter adapter() {
    return new HttpFixtureAdapter();
  }
}
