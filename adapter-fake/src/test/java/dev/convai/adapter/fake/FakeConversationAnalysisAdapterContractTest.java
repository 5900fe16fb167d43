package dev.convai.adapter.fake;

import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.FailureKind;
import dev.convai.port.contract.ContractHarness;
import dev.convai.port.contract.ConversationAnalysisPortContract;
import java.time.Duration;
import org.junit.jupiter.api.Nested;

/**
 * The port contract, run against the fake as consumers use it: answers at once, and (nested)
 * answers later on the fake's scheduler thread, so both ways a stage completes are covered.
 */
class FakeConversationAnalysisAdapterContractTest extends ConversationAnalysisPortContract {

  @Override
  protected ContractHarness openHarness() {
    return new FakeHarness(FakeConversationAnalysisAdapter.builder().generateUnscripted(false).build());
  }

  /** The same contract with every call answered after a latency. */
  @Nested
  class WithLatency extends ConversationAnalysisPortContract {
    @Override
    protected ContractHarness openHarness() {
      return new FakeHarness(
          FakeConversationAnalysisAdapter.builder().generateUnscripted(false).latency(Duration.ofMillis(1)).build());
    }
  }

  /** The contract's scenarios, scripted straight into the fake. */
  static final class FakeHarness implements ContractHarness {
    private final FakeConversationAnalysisAdapter fake;

    FakeHarness(FakeConversationAnalysisAdapter fake) {
      this.fake = fake;
    }

    @Override
    public ConversationAnalysisPort port() {
      return fake;
    }

    @Override
    public void scriptConversation(Conversation conversation) {
      fake.putConversation(conversation);
    }

    @Override
    public void scriptFailure(ConversationId id, FailureKind kind) {
      fake.fail(id, kind);
    }

    @Override
    public void scriptEvaluation(ConversationId id, String evaluationId, Verdict verdict) {
      fake.forceVerdict(id, evaluationId, verdict);
    }

    @Override
    public ConversationId unknownId() {
      return ConversationId.of("conv_contract_unknown");
    }

    @Override
    public int requestsReceived(ConversationId id) {
      return fake.callCount(id);
    }

    @Override
    public void close() {
      fake.close();
    }
  }
}
