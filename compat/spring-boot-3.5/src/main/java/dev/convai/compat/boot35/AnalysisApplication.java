package dev.convai.compat.boot35;

import dev.convai.adapter.http.HttpConversationAnalysisAdapter;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationAnalysisPort;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A servlet application that re-runs analyses through the library, one adapter for its lifetime. */
@SpringBootApplication
public class AnalysisApplication {

  public static void main(String[] args) {
    SpringApplication.run(AnalysisApplication.class, args);
  }

  /** One adapter per application; Spring calls close() on shutdown. */
  @Bean(destroyMethod = "close")
  HttpConversationAnalysisAdapter conversationAnalysis(
      @Value("${convai.api-key}") String apiKey, @Value("${convai.base-url}") String baseUrl) {
    return HttpConversationAnalysisAdapter.builder().apiKey(apiKey).baseUrl(baseUrl).build();
  }

  /** Re-runs one conversation's analysis and answers with what a dashboard would show. */
  @RestController
  static class AnalysisController {
    private final ConversationAnalysisPort analysis;

    AnalysisController(ConversationAnalysisPort analysis) {
      this.analysis = analysis;
    }

    @PostMapping("/conversations/{id}/reanalysis")
    Map<String, Object> reanalyse(@PathVariable("id") String id) {
      // A servlet thread may block: the adapter completes stages off its event loop.
      Conversation conversation = analysis.runAnalysis(ConversationId.of(id)).toCompletableFuture().join();
      return Map.of(
          "conversation_id", conversation.conversationId().value(),
          "criteria", conversation.analysis().map(a -> a.criteria().size()).orElse(0));
    }
  }
}
