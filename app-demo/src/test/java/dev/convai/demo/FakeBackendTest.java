package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.adapter.http.ConversationJson;
import dev.convai.conversation.ConversationId;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command on the real fake adapter, as {@code java -jar convai-demo.jar analyze} runs it. */
class FakeBackendTest {

  private static CliRun run(String... args) {
    return CliRun.run(new DemoEnvironment(Map.of(), InputStream.nullInputStream(), false), new DefaultBackends(), args);
  }

  /** What the fake answers for this id, encoded: the fake is deterministic, so a second one agrees. */
  private static String expected(ConversationId id) {
    try (FakeConversationAnalysisAdapter fake = FakeConversationAnalysisAdapter.create()) {
      return ConversationJson.encode(fake.runAnalysis(id).toCompletableFuture().join());
    }
  }

  @Test
  void theSampleRunsOutOfTheBoxWithNoKey() {
    CliRun run = run("analyze");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("Using the fake backend"), run::toString);
    for (ConversationId id : AnalyzeCommand.SAMPLE_IDS) {
      assertTrue(run.out().contains(id.value() + "  agent "), () -> id + " missing\n" + run);
    }
    assertTrue(run.err().contains("Batch: 5 requested, 5 succeeded, 0 failed"), run::toString);
  }

  @Test
  void theReportShowsTheConcurrencyInUseBelowTheConfiguredBound() {
    CliRun text = run("analyze", "--concurrency", "3");
    assertTrue(
        text.err().lines().anyMatch(line -> line.startsWith("Concurrency: ") && line.contains("at most 3)")),
        text::toString);

    CliRun json = run("analyze", "--format", "json", "--concurrency", "3");
    assertEquals(0, json.exitCode(), json::toString);
    assertTrue(json.err().contains("\"max_concurrency\" : 3"), json::toString);
    assertTrue(json.err().contains("\"average_in_flight\" : "), json::toString);
  }

  @Test
  void jsonlIsExactlyWhatConversationJsonEncodes() {
    CliRun run = run("analyze", "--format", "jsonl");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(
        AnalyzeCommand.SAMPLE_IDS.stream().map(FakeBackendTest::expected).sorted().toList(),
        run.out().lines().sorted().toList());
  }

  @Test
  void jsonIsOneArrayOfWhatConversationJsonEncodes() {
    CliRun run = run("analyze", "--format", "json", "--concurrency", "1", "conv_one", "conv_two");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(
        "[\n" + expected(ConversationId.of("conv_one")) + ",\n" + expected(ConversationId.of("conv_two")) + "\n]\n",
        run.out());
    List<String> decodedIds =
        Stream.of("conv_one", "conv_two")
            .map(id -> ConversationJson.decode(expected(ConversationId.of(id))).conversationId().value())
            .toList();
    assertEquals(List.of("conv_one", "conv_two"), decodedIds);
  }

  @Test
  void theSameIdsPrintTheSameEveryRun() {
    assertEquals(run("analyze", "--format", "csv", "--concurrency", "1").out(), run("analyze", "--format", "csv", "--concurrency", "1").out());
  }
}
