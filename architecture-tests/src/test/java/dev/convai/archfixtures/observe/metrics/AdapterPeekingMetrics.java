package dev.convai.archfixtures.observe.metrics;

import dev.convai.archfixtures.adapter.http.HttpFixtureAdapter;

/** Violates rule 9: an observability module reaching past the listener API into the adapter. */
public final class AdapterPeekingMetrics {
  public String peek(HttpFixtureAdapter adapter) {
    return adapter.toString();
  }
}
