package dev.convai.adapter.fake;

import static dev.convai.adapter.fake.Stages.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.FailureKind;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the fake records about the calls it received. */
class RecordingTest {

  @Test
  void withRecordingOffOnlyTheTotalIsKeptAndAnswersAreUnchanged() {
    ConversationId a = ConversationId.of("conv_a");
    try (FakeConversationAnalysisAdapter quiet = FakeConversationAnalysisAdapter.builder().recordCalls(false).build();
        FakeConversationAnalysisAdapter recording = FakeConversationAnalysisAdapter.create()) {
      Conversation answer = value(quiet.runAnalysis(a));
      value(quiet.runAnalysis(a));

      assertEquals(List.of(), quiet.calls());
      assertEquals(0, quiet.callCount(a));
      assertEquals(2, quiet.callCount());
      assertEquals(value(recording.runAnalysis(a)), answer);
    }
  }

  @Test
  void callsAreRecordedInOrderWithTheirOptions() {
    ConversationId a = ConversationId.of("conv_a");
    ConversationId b = ConversationId.of("conv_b");
    AnalysisOptions once = AnalysisOptions.defaults().withoutRetries();
    try (FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create()) {
      fake.fail(b, FailureKind.NOT_FOUND);

      fake.runAnalysis(a);
      fake.runAnalysis(b, once);
      fake.runAnalysis(a, once);

      assertEquals(
          List.of(new RecordedCall(a, AnalysisOptions.defaults()), new RecordedCall(b, once), new RecordedCall(a, once)),
          fake.calls());
      assertEquals(2, fake.callCount(a));
      assertEquals(1, fake.callCount(b));
      assertEquals(0, fake.callCount(ConversationId.of("conv_never")));
      assertEquals(3, fake.callCount());
    }
  }

  @Test
  void maxInFlightIsTheMostCallsWaitingAtOnce() {
    try (FakeConversationAnalysisAdapter fake =
        FakeConversationAnalysisAdapter.builder().latency(ChronoUnit.FOREVER.getDuration()).build()) {
      for (int i = 0; i < 5; i++) {
        fake.runAnalysis(ConversationId.of("conv_" + i));
      }
      assertEquals(5, fake.inFlight());
      assertEquals(5, fake.maxInFlight());
    }
  }

  @Test
  void concurrentCallersAreAllRecordedAndAnswered() throws Exception {
    int threads = 8;
    int callsPerThread = 500;
    try (FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.builder().latency(Duration.ofMillis(1)).build()) {
      ConversationId shared = ConversationId.of("conv_shared");
      fake.fail(shared, ScriptedFailure.of(FailureKind.RATE_LIMITED).times(threads * callsPerThread / 2));

      ExecutorService callers = Executors.newFixedThreadPool(threads);
      List<CompletableFuture<Conversation>> stages = new ArrayList<>();
      try {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<List<CompletableFuture<Conversation>>>> submitted = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          submitted.add(
              callers.submit(
                  () -> {
                    gate.await();
                    List<CompletableFuture<Conversation>> mine = new ArrayList<>();
                    for (int i = 0; i < callsPerThread; i++) {
                      ConversationId id = i % 2 == 0 ? shared : ConversationId.of("conv_" + thread + "_" + i);
                      mine.add(fake.runAnalysis(id).toCompletableFuture());
                    }
                    return mine;
                  }));
        }
        gate.countDown();
        for (Future<List<CompletableFuture<Conversation>>> future : submitted) {
          stages.addAll(future.get(30, TimeUnit.SECONDS));
        }
        CompletableFuture.allOf(stages.toArray(new CompletableFuture<?>[0])).handle((v, e) -> null).get(30, TimeUnit.SECONDS);
      } finally {
        callers.shutdownNow();
      }

      int total = threads * callsPerThread;
      assertEquals(total, fake.callCount());
      assertEquals(total / 2, fake.callCount(shared));
      // Every scripted failure was consumed exactly once, though the calls raced for them.
      long failed = stages.stream().filter(CompletableFuture::isCompletedExceptionally).count();
      assertEquals(threads * callsPerThread / 2, failed);
      assertEquals(0, fake.inFlight());
      List<ConversationId> distinct = fake.calls().stream().map(RecordedCall::id).distinct().collect(Collectors.toList());
      assertEquals(total / 2 + 1, distinct.size());
      assertEquals(shared, value(fake.runAnalysis(shared)).conversationId(), "the script is used up");
    }
  }
}
