package dev.convai.compat.webflux;

import dev.convai.adapter.http.HttpConversationAnalysisAdapter;
import dev.convai.adapter.http.webhook.WebhookEvent;
import dev.convai.adapter.http.webhook.WebhookVerificationException;
import dev.convai.adapter.http.webhook.WebhookVerifier;
import dev.convai.port.ConversationAnalysisPort;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A WebFlux application (Reactor Netty serving) that receives ElevenLabs post-call webhooks and
 * re-runs each conversation's analysis through the library, without blocking a Netty thread.
 */
@SpringBootApplication
public class WebhookApplication {

  public static void main(String[] args) {
    SpringApplication.run(WebhookApplication.class, args);
  }

  /** One adapter per application; Spring calls close() on shutdown. */
  @Bean(destroyMethod = "close")
  HttpConversationAnalysisAdapter conversationAnalysis(
      @Value("${convai.api-key}") String apiKey, @Value("${convai.base-url}") String baseUrl) {
    return HttpConversationAnalysisAdapter.builder().apiKey(apiKey).baseUrl(baseUrl).build();
  }

  @Bean
  WebhookVerifier webhookVerifier(@Value("${convai.webhook-secret}") String secret) {
    return WebhookVerifier.withSecret(secret);
  }

  /** The webhook endpoint ElevenLabs posts to. */
  @RestController
  static class WebhookController {
    private final WebhookVerifier verifier;
    private final ConversationAnalysisPort analysis;

    WebhookController(WebhookVerifier verifier, ConversationAnalysisPort analysis) {
      this.verifier = verifier;
      this.analysis = analysis;
    }

    @PostMapping("/webhooks/elevenlabs")
    Mono<ResponseEntity<Map<String, Object>>> receive(
        @RequestBody byte[] rawBody,
        @RequestHeader(name = WebhookVerifier.SIGNATURE_HEADER, required = false) String signature) {
      WebhookEvent event;
      try {
        event = verifier.verify(rawBody, signature);
      } catch (WebhookVerificationException e) {
        return Mono.just(ResponseEntity.status(HttpStatus.UNAUTHORIZED).build());
      }
      return event
          .conversation()
          .map(
              received ->
                  Mono.fromCompletionStage(() -> analysis.runAnalysis(received.conversationId()))
                      .map(
                          rerun ->
                              ResponseEntity.ok(
                                  Map.<String, Object>of(
                                      "conversation_id", rerun.conversationId().value(),
                                      "turns_received", received.transcript().size(),
                                      "criteria", rerun.analysis().map(a -> a.criteria().size()).orElse(0)))))
          .orElseGet(() -> Mono.just(ResponseEntity.accepted().build()));
    }
  }
}
