package dev.convai.archfixtures.adapter.http.observe;

/** Compliant: the adapter's observation extension point. */
public interface FixtureCallListener {
  void callFinished(String operation, boolean success);
}
