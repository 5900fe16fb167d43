package dev.convai.archfixtures.adapter.http;

import dev.convai.archfixtures.adapter.fake.ScriptedFixtureAdapter;

/** Violates rule 3: the HTTP adapter falling back on the fake adapter. */
public final class FakeAwareHttp {
  public ScriptedFixtureAdapter fallback() {
    return new ScriptedFixtureAdapter();
  }
}
