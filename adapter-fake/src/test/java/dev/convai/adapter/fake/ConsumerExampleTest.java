package dev.convai.adapter.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.FailureKind;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The README's example for consumers, kept compiling and passing. */
class ConsumerExampleTest {

  /** Stands in for the consumer's code: retries once when rate limited, reports failed criteria. */
  static final class ReportService {
    private final ConversationAnalysisPort port;

    ReportService(ConversationAnalysisPort port) {
      this.port = port;
    }

    List<String> failedCriteria(ConversationId id) {
      Conversation conversation;
      try {
        conversation = port.runAnalysis(id).toCompletableFuture().join();
      } catch (CompletionException e) {
        if (((ConversationAnalysisException) e.getCause()).kind() != FailureKind.RATE_LIMITED) {
          throw e;
        }
        conversation = port.runAnalysis(id).toCompletableFuture().join();
      }
      return conversation.failedCriteria().stream().map(CriterionResult::criteriaId).toList();
    }
  }

  @Test
  void retriesOnceWhenRateLimited() {
    try (var fake = FakeConversationAnalysisAdapter.create()) {
      var id = ConversationId.of("conv_42");
      fake.fail(id, ScriptedFailure.of(FailureKind.RATE_LIMITED).once())
          .forceVerdict(id, "greeting", Verdict.FAILURE)
          .forceVerdict(id, "issue_resolved", Verdict.SUCCESS)
          .forceVerdict(id, "polite_tone", Verdict.SUCCESS);

      List<String> failed = new ReportService(fake).failedCriteria(id);

      assertEquals(List.of(id, id), fake.calls().stream().map(RecordedCall::id).toList());
      assertEquals(List.of("greeting"), failed);
    }
  }
}
