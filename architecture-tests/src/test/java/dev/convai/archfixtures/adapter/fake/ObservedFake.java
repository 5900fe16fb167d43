package dev.convai.archfixtures.adapter.fake;

import dev.convai.archfixtures.observe.metrics.MetricsListener;

/** Violates rule 8: an adapter depending on an optional observability module. */
public final class ObservedFake {
  public void report(MetricsListener metrics) {
    metrics.callFinished("run_analysis", true);
  }
}
