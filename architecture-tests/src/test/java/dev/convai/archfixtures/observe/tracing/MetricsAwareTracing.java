package dev.convai.archfixtures.observe.tracing;

import dev.convai.archfixtures.adapter.http.observe.FixtureCallListener;
import dev.convai.archfixtures.observe.metrics.MetricsListener;

/** Violates rule 10: one observability module depending on another. */
public final class MetricsAwareTracing implements FixtureCallListener {
  private final MetricsListener metrics;

  public MetricsAwareTracing(MetricsListener metrics) {
    this.metrics = metrics;
  }

  @Override
  public void callFinished(String operation, boolean success) {
    metrics.callFinished(operation, success);
  }
}
