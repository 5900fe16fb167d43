package dev.convai.compat.quarkus;

import dev.convai.adapter.http.HttpConversationAnalysisAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One adapter for the application, closed when it stops. */
@ApplicationScoped
public class AnalysisClient {

  @Produces
  @ApplicationScoped
  HttpConversationAnalysisAdapter conversationAnalysis(
      @ConfigProperty(name = "convai.api-key") String apiKey,
      @ConfigProperty(name = "convai.base-url") String baseUrl) {
    return HttpConversationAnalysisAdapter.builder().apiKey(apiKey).baseUrl(baseUrl).build();
  }

  void close(@Disposes HttpConversationAnalysisAdapter adapter) {
    adapter.close();
  }
}
