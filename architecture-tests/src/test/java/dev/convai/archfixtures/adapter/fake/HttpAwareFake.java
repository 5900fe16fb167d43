package dev.convai.archfixtures.adapter.fake;

import dev.convai.archfixtures.adapter.http.HttpFixtureAdapter;

/** Violates rule 3: the fake adapter delegating to the HTTP adapter. */
public final class HttpAwareFake {
  public HttpFixtureAdapter delegate() {
    return new HttpFixtureAdapter();
  }
}
