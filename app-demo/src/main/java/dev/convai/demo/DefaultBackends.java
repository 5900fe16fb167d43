package dev.convai.demo;

import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.adapter.http.HttpConversationAnalysisAdapter;
import dev.convai.adapter.http.Region;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The real backends: the fake adapter, or the HTTP adapter on a region or base URL. */
final class DefaultBackends implements Backend.Factory {

  /** The region names {@code --region} accepts, in the order of {@link Region}. */
  static final String REGION_NAMES =
      Arrays.stream(Region.values()).map(DefaultBackends::regionName).collect(Collectors.joining(", "));

  @Override
  public Backend open(Backend.Request request) {
    return switch (request.kind()) {
      case FAKE -> fake();
      case HTTP -> http(request);
    };
  }

  /** Generated, deterministic conversations for any id: the same id prints the same on every run. */
  private static Backend fake() {
    // Batches may run millions of ids: the fake must not remember each call.
    FakeConversationAnalysisAdapter adapter =
        FakeConversationAnalysisAdapter.builder().recordCalls(false).build();
    return new Backend() {
      @Override
      public FakeConversationAnalysisAdapter port() {
        return adapter;
      }

      @Override
      public void close() {
        adapter.close();
      }
    };
  }

  private static Backend http(Backend.Request request) {
    HttpConversationAnalysisAdapter.Builder builder =
        HttpConversationAnalysisAdapter.builder()
            .apiKey(request.apiKey().orElseThrow(() -> new IllegalArgumentException("no API key")))
            // The batch bounds the calls in flight; the adapter's pool must not be the narrower limit.
            .maxConcurrentRequests(Math.max(16, request.concurrency()));
    request.region().ifPresent(name -> builder.region(region(name)));
    request.baseUrl().ifPresent(url -> builder.baseUrl(url.toString()));
    request.proxy().ifPresent(builder::proxy);
    builder.allowInsecureHttp(request.allowInsecureHttp());
    HttpConversationAnalysisAdapter adapter;
    try {
      adapter = builder.build();
    } catch (IllegalArgumentException refused) {
      // The adapter names its builder method; on the command line the switch is the option.
      throw new IllegalArgumentException(
          refused.getMessage().replace("allowInsecureHttp(true)", "--allow-insecure-http"), refused);
    }
    return new Backend() {
      @Override
      public HttpConversationAnalysisAdapter port() {
        return adapter;
      }

      @Override
      public void close() {
        adapter.close();
      }
    };
  }

  /**
   * The region for a name as {@code --help} lists it ({@code eu-residency}), its constant's name
   * ({@code EU_RESIDENCY}) or, for the residency servers, the short form ({@code eu}).
   *
   * @throws IllegalArgumentException naming the accepted names
   */
  static Region region(String name) {
    String normalised = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Region region : Region.values()) {
      if (region.name().equals(normalised) || region.name().equals(normalised + "_RESIDENCY")) {
        return region;
      }
    }
    throw new IllegalArgumentException("unknown region '" + name + "': use one of " + REGION_NAMES);
  }

  private static String regionName(Region region) {
    return region.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
