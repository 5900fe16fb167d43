package dev.convai.compat.quarkus;

import dev.convai.compat.FixtureApi;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the local stand-in API before Quarkus, and points the application's config at it. */
public class LocalApiResource implements QuarkusTestResourceLifecycleManager {

  static FixtureApi api;

  @Override
  public Map<String, String> start() {
    api = FixtureApi.start();
    return Map.of("convai.api-key", FixtureApi.API_KEY, "convai.base-url", api.baseUrl());
  }

  @Override
  public void stop() {
    api.close();
  }
}
