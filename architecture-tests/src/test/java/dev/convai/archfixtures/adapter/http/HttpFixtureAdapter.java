package dev.convai.archfixtures.adapter.http;

import dev.convai.archfixtures.adapter.http.internal.WireDto;
import dev.convai.archfixtures.adapter.http.internal.WireMapper;
import dev.convai.archfixtures.port.ConversationAnalysisPort;
import io.vertx.core.Future;
import java.util.concurrent.CompletionStage;

/**
 * Compliant: implements the port under an {@code *Adapter} name, uses its own wire model and
 * Vert.x (an adapter may), and exposes only JDK types.
 */
public class HttpFixtureAdapter implements ConversationAnalysisPort {
  @Override
  public CompletionStage<String> runAnalysis(String conversationId) {
    WireDto dto = new WireDto(conversationId);
    return Future.succeededFuture(new WireMapper().toDomain(dto)).toCompletionStage();
  }
}
