package dev.convai.archfixtures.observe.metrics;

import dev.convai.archfixtures.adapter.http.observe.FixtureCallListener;
import dev.convai.archfixtures.port.ConversationAnalysisPort;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Compliant: built on the adapter's listener API, core's types and its own framework (an
 * observability module may use one).
 */
public final class MetricsListener implements FixtureCallListener {
  private final MeterRegistry registry;
  private ConversationAnalysisPort observed;

  public MetricsListener(MeterRegistry registry) {
    this.registry = registry;
  }

  public void observe(ConversationAnalysisPort port) {
    this.observed = port;
  }

  @Override
  public void callFinished(String operation, boolean success) {
    registry.counter("calls", "operation", operation, "outcome", success ? "success" : "failure").increment();
  }

  public boolean observing() {
    return observed != null;
  }
}
