package dev.convai.compat.quarkus;

import dev.convai.adapter.http.HttpConversationAnalysisAdapter;
import dev.convai.conversation.ConversationId;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/** Re-runs a conversation's analysis; Quarkus REST awaits the stage without blocking its event loop. */
@Path("/conversations/{id}/reanalysis")
public class ReanalysisResource {

  @Inject HttpConversationAnalysisAdapter analysis;

  @POST
  @Produces(MediaType.TEXT_PLAIN)
  public CompletionStage<String> reanalyse(@PathParam("id") String id) {
    return analysis
        .runAnalysis(ConversationId.of(id))
        .thenApply(
            conversation ->
                conversation.conversationId().value()
                    + " criteria="
                    + conversation.analysis().map(a -> a.criteria().size()).orElse(0));
  }
}
