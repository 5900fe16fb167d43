package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convai.adapter.http.observe.Operation;
import dev.convai.conversation.ConversationId;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Failure messages name what each operation was doing, for calls added on the generic exchange. */
class FailureTargetTest {

  private final Failures failures = new Failures("sk_test_target");
  private final ConversationId id = ConversationId.of("conv_1");

  @Test
  void eachOperationIsNamedInItsMessages() {
    assertEquals(
        "Server error running evaluation of conversation conv_1 (HTTP 503, 1 attempt)",
        failures.forStatus(new Failures.Target(Operation.RUN_EVALUATION, Optional.of(id)), 503, 1, null, Optional.empty(), Failures.Seen.NOTHING).getMessage());
    assertEquals(
        "Conversation conv_1 not found (HTTP 404, 1 attempt)",
        failures.forStatus(new Failures.Target(Operation.GET_CONVERSATION, Optional.of(id)), 404, 1, null, Optional.empty(), Failures.Seen.NOTHING).getMessage());
    assertEquals(
        "Rate limited listing conversations (HTTP 429, 2 attempts)",
        failures.forStatus(new Failures.Target(Operation.LIST_CONVERSATIONS, Optional.empty()), 429, 2, null, Optional.empty(), Failures.Seen.NOTHING).getMessage());
    assertEquals(
        "Listing conversations timed out after 5 s (1 attempt)",
        failures.timeout(new Failures.Target(Operation.LIST_CONVERSATIONS, Optional.empty()), 1, Duration.ofSeconds(5)).getMessage());
    assertEquals(
        "Adapter closed before the read of conversation conv_1 finished (0 attempts)",
        failures.closed(new Failures.Target(Operation.GET_CONVERSATION, Optional.of(id)), 0).getMessage());
    assertEquals(
        "Adapter closed before the analysis of conversation conv_1 finished (1 attempt)",
        failures.closed(Failures.Target.analysis(id), 1).getMessage());
    assertEquals(OptionalInt.empty(), failures.closed(Failures.Target.analysis(id), 0).status());
  }
}
