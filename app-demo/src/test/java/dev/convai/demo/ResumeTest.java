package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.adapter.http.ConversationJson;
import dev.convai.conversation.ConversationId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --resume} in this process on the fake backend; the kill of a real process is {@code ResumeAfterKillIT}. */
class ResumeTest {

  @TempDir Path temp;

  private static CliRun run(String... args) {
    return CliRun.run(new DemoEnvironment(Map.of(), InputStream.nullInputStream(), false), new DefaultBackends(), args);
  }

  private Path idsFile(int count) throws IOException {
    List<String> ids = IntStream.rangeClosed(1, count).mapToObj(ResumeTest::id).toList();
    return Files.write(temp.resolve("ids.txt"), ids, StandardCharsets.UTF_8);
  }

  private static String id(int i) {
    return String.format("conv_resume_%03d", i);
  }

  private static String record(String id) {
    try (var fake = FakeConversationAnalysisAdapter.create()) {
      return ConversationJson.encode(fake.runAnalysis(ConversationId.of(id)).toCompletableFuture().join());
    }
  }

  private static List<String> recordedIds(Path file) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      ids.add(ConversationJson.decode(line).conversationId().value());
    }
    return ids;
  }

  @Test
  void recordsGoToTheFileAndNotToStandardOutput() throws IOException {
    Path out = temp.resolve("run.jsonl");
    CliRun run = run("analyze", "--ids-file", idsFile(10).toString(), "--format", "jsonl", "--resume", out.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("", run.out());
    assertEquals(IntStream.rangeClosed(1, 10).mapToObj(ResumeTest::id).sorted().toList(), recordedIds(out).stream().sorted().toList());
    assertTrue(run.err().contains("0 ids skipped (already recorded), 10 written"), run::toString);
  }

  @Test
  void aSecondRunSkipsWhatTheFirstRecorded() throws IOException {
    Path ids = idsFile(12);
    Path out = temp.resolve("run.jsonl");
    Files.write(out, List.of(record(id(3)), record(id(7))), StandardCharsets.UTF_8);

    CliRun run = run("analyze", "--ids-file", ids.toString(), "--format", "jsonl", "--resume", out.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.err().contains("2 ids skipped (already recorded), 10 written"), run::toString);
    assertTrue(run.err().contains("Batch: 10 requested, 10 succeeded"), run::toString);
    List<String> recorded = recordedIds(out);
    assertEquals(List.of(id(3), id(7)), recorded.subList(0, 2));
    assertEquals(IntStream.rangeClosed(1, 12).mapToObj(ResumeTest::id).sorted().toList(), recorded.stream().sorted().toList());

    CliRun again = run("analyze", "--ids-file", ids.toString(), "--format", "jsonl", "--resume", out.toString());
    assertEquals(0, again.exitCode(), again::toString);
    assertTrue(again.err().contains("12 ids skipped (already recorded), 0 written"), again::toString);
    assertEquals(12, Files.readAllLines(out).size());
  }

  @Test
  void aTornLastLineIsCutOffAndItsIdAnalysedAgain() throws IOException {
    Path out = temp.resolve("run.jsonl");
    byte[] whole = record(id(2)).getBytes(StandardCharsets.UTF_8);
    byte[] torn = java.util.Arrays.copyOf(whole, whole.length / 2);
    Files.write(out, (record(id(1)) + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(out, torn, java.nio.file.StandardOpenOption.APPEND);

    CliRun run = run("analyze", "--ids-file", idsFile(3).toString(), "--format", "jsonl", "--resume", out.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.err().contains("a torn last line of " + torn.length + " bytes"), run::toString);
    assertEquals(List.of(id(1), id(2), id(3)), recordedIds(out).stream().sorted().toList());
    assertTrue(Files.readString(out).endsWith("\n"));
  }

  @Test
  void anIdRepeatedInTheInputIsRecordedOnce() throws IOException {
    Path out = temp.resolve("run.jsonl");
    CliRun run = run("analyze", id(1), id(2), id(1), id(2), id(1), "--format", "jsonl", "--resume", out.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(List.of(id(1), id(2)), recordedIds(out).stream().sorted().toList());
    assertTrue(run.err().contains("3 ids skipped"), run::toString);
  }

  @Test
  void failedIdsAreNotRecordedSoTheNextRunRetriesThem() throws IOException {
    Path out = temp.resolve("run.jsonl");
    Backend.Factory failingOnce =
        request -> {
          var fake = FakeConversationAnalysisAdapter.builder().build();
          fake.fail(ConversationId.of(id(2)), dev.convai.port.FailureKind.SERVER_ERROR);
          return Backend.of(fake);
        };
    CliRun first =
        CliRun.run(new DemoEnvironment(Map.of(), InputStream.nullInputStream(), false), failingOnce,
            "analyze", id(1), id(2), id(3), "--format", "jsonl", "--resume", out.toString());
    assertEquals(1, first.exitCode(), first::toString);
    assertEquals(List.of(id(1), id(3)), recordedIds(out).stream().sorted().toList());

    CliRun second = run("analyze", id(1), id(2), id(3), "--format", "jsonl", "--resume", out.toString());
    assertEquals(0, second.exitCode(), second::toString);
    assertTrue(second.err().contains("2 ids skipped (already recorded), 1 written"), second::toString);
    assertEquals(List.of(id(1), id(2), id(3)), recordedIds(out).stream().sorted().toList());
  }

  @Test
  void fetchResumesTooAndWritesTheStoredConversations() throws IOException {
    Path out = temp.resolve("baseline.jsonl");
    String first;
    try (var fake = FakeConversationAnalysisAdapter.create()) {
      first = ConversationJson.encode(fake.getConversation(ConversationId.of(id(1))).toCompletableFuture().join());
    }
    Files.writeString(out, first + "\n", StandardCharsets.UTF_8);

    CliRun run = run("fetch", "--ids-file", idsFile(4).toString(), "--format", "jsonl", "--resume", out.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.err().contains("1 id skipped (already recorded), 3 written"), run::toString);
    assertEquals(List.of(id(1), id(2), id(3), id(4)), recordedIds(out).stream().sorted().toList());
  }

  @Test
  void resumeNeedsJsonLinesAndARunFile() throws IOException {
    Path out = temp.resolve("run.jsonl");
    CliRun table = run("analyze", id(1), "--resume", out.toString());
    assertEquals(2, table.exitCode(), table::toString);
    assertTrue(table.err().contains("--resume needs --format jsonl"), table::toString);

    Path notARun = Files.writeString(temp.resolve("notes.txt"), "shopping list\nmilk\n", StandardCharsets.UTF_8);
    CliRun wrong = run("analyze", id(1), "--format", "jsonl", "--resume", notARun.toString());
    assertEquals(2, wrong.exitCode(), wrong::toString);
    assertTrue(wrong.err().contains("notes.txt, line 1: not a conversation record"), wrong::toString);
    assertEquals("shopping list\nmilk\n", Files.readString(notARun), "a file that is not a run is left alone");
  }
}
