package dev.convai.archfixtures.demo;

import dev.convai.archfixtures.observe.metrics.MetricsListener;

/** Compliant: the demo, an application, may switch observability on. */
public final class ObservedDemo {
  public void report(MetricsListener metrics) {
    metrics.callFinished("run_analysis", true);
  }
}
