package dev.convai.adapter.fake;

import static dev.convai.adapter.fake.Stages.failure;
import static dev.convai.adapter.fake.Stages.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AdapterClosedException;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.AnalysisTimeoutException;
import dev.convai.port.FailureKind;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Simulated latency never blocks the caller. Nothing here measures time: latencies are either so
 * long that only {@code close()} can end them, or short and merely awaited.
 */
class LatencyTest {

  private static final ConversationId ID = ConversationId.of("conv_slow");
  private static final Duration FOREVER = ChronoUnit.FOREVER.getDuration();

  private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  @Test
  void aCallWithLatencyReturnsAnIncompleteStageAndCountsAsInFlight() {
    try (FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.builder().latency(Duration.ofDays(1)).build()) {
      CompletionStage<Conversation> stage = fake.runAnalysis(ID);

      assertFalse(stage.toCompletableFuture().isDone(), "the call returned before its latency passed");
      assertEquals(1, fake.inFlight());
    }
  }

  @Test
  void aDelayedCallCompletesWithTheSameConversationAsAnImmediateOne() {
    try (FakeConversationAnalysisAdapter slow = FakeConversationAnalysisAdapter.builder().latency(Duration.ofMillis(5)).build();
        FakeConversationAnalysisAdapter fast = FakeConversationAnalysisAdapter.create()) {
      assertEquals(value(fast.runAnalysis(ID)), value(slow.runAnalysis(ID)));
      assertEquals(0, slow.inFlight());
    }
  }

  @Test
  void aDelayedFailureArrivesThroughTheStage() {
    try (FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.builder().latency(Duration.ofMillis(5)).build()) {
      fake.fail(ID, FailureKind.CONFLICT);

      assertEquals(FailureKind.CONFLICT, failure(fake.runAnalysis(ID)).kind());
    }
  }

  @Test
  void aLatencyPerIdOverridesTheFakesOwn() {
    try (FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.builder().scheduler(scheduler).build()) {
      fake.latency(ID, FOREVER);

      assertFalse(fake.runAnalysis(ID).toCompletableFuture().isDone());
      assertTrue(fake.runAnalysis(ConversationId.of("conv_fast")).toCompletableFuture().isDone());
    }
  }

  @Test
  void aDeadlineShorterThanTheLatencyFailsWithATimeoutOfThatDeadline() {
    try (FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.builder().latency(FOREVER).build()) {
      Duration deadline = Duration.ofMillis(5);

      AnalysisTimeoutException timeout =
          failure(AnalysisTimeoutException.class, fake.runAnalysis(ID, AnalysisOptions.defaults().withTimeout(deadline)));

      assertEquals(deadline, timeout.timeout());
    }
  }

  @Test
  void closingFailsTheWaitingCallsAndLeavesASuppliedSchedulerRunning() {
    FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.builder().latency(FOREVER).scheduler(scheduler).build();
    CompletionStage<Conversation> first = fake.runAnalysis(ID);
    CompletionStage<Conversation> second = fake.runAnalysis(ConversationId.of("conv_slow_2"));
    assertEquals(2, fake.maxInFlight());

    fake.close();

    assertEquals(ID, failure(AdapterClosedException.class, first).conversationId().orElseThrow());
    failure(AdapterClosedException.class, second);
    assertEquals(0, fake.inFlight());
    assertFalse(scheduler.isShutdown(), "a supplied scheduler belongs to the caller");
    assertEquals(2, scheduler.getQueue().size());
    assertTrue(
        scheduler.getQueue().stream().allMatch(task -> ((Future<?>) task).isCancelled()), "the waiting tasks were cancelled");
  }

  @Test
  void callsAfterCloseFailAndAreStillRecorded() {
    FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create();
    fake.close();
    fake.close();

    failure(AdapterClosedException.class, fake.runAnalysis(ID));
    assertEquals(1, fake.callCount(ID));
  }

  @Test
  void aSchedulerThatRefusesTheCallFailsItThroughTheStage() {
    scheduler.shutdown();
    try (FakeConversationAnalysisAdapter fake =
        FakeConversationAnalysisAdapter.builder().latency(Duration.ofMillis(1)).scheduler(scheduler).build()) {
      failure(AdapterClosedException.class, fake.runAnalysis(ID));
      assertEquals(0, fake.inFlight());
    }
  }

  @Test
  void negativeLatenciesAndNullArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> FakeConversationAnalysisAdapter.builder().latency(Duration.ofMillis(-1)));
    try (FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create()) {
      assertThrows(IllegalArgumentException.class, () -> fake.latency(ID, Duration.ofMillis(-1)));
      assertThrows(NullPointerException.class, () -> fake.runAnalysis(null));
      assertThrows(NullPointerException.class, () -> fake.runAnalysis(ID, null));
    }
  }

  @Test
  void withoutLatencyTheStageIsCompleteOnReturn() {
    try (FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create()) {
      CompletableFuture<Conversation> future = fake.runAnalysis(ID).toCompletableFuture();
      assertTrue(future.isDone());
    }
  }
}
