package dev.convai.adapter.fake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.convai.conversation.ConversationId;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A scheduler the caller supplies is an edge the fake does not own: it schedules delayed answers
 * on it and leaves its life to the caller. A mock is the honest stand-in here, since what matters
 * is what the fake asks of it, not what a real pool would do.
 */
class SuppliedSchedulerTest {

  @Test
  void delayedAnswersAreScheduledOnTheSuppliedSchedulerWhichCloseLeavesRunning() {
    ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);
    doReturn(mock(ScheduledFuture.class)).when(scheduler).schedule(any(Runnable.class), anyLong(), any());
    FakeConversationAnalysisAdapter fake =
        FakeConversationAnalysisAdapter.builder().latency(Duration.ofMillis(250)).scheduler(scheduler).build();

    boolean doneAtOnce = fake.runAnalysis(ConversationId.of("conv_1")).toCompletableFuture().isDone();
    fake.close();

    assertFalse(doneAtOnce, "the answer waits for the scheduler");
    verify(scheduler).schedule(any(Runnable.class), eq(TimeUnit.MILLISECONDS.toNanos(250)), eq(TimeUnit.NANOSECONDS));
    verify(scheduler, never()).shutdown();
    verify(scheduler, never()).shutdownNow();
  }
}
