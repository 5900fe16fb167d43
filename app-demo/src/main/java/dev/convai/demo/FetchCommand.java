package dev.convai.demo;

import dev.convai.port.ConversationAnalysisPort;
import picocli.CommandLine.Command;

/**
 * {@code convai-demo fetch}: the ids, options and formats of {@code analyze}, but each
 * conversation is read as it is now ({@code GET}) instead of analysed again, so that a later
 * {@code analyze} can be compared with it by {@code diff}.
 */
@Command(
    name = "fetch",
    header = "Get conversations as they are now, without re-running anything: the baseline.",
    description = {
      "Takes ids as 'analyze' does (ID arguments, --ids-file, or --agent with --since, --until and"
          + " --call-successful) and writes each conversation with its stored analysis, in the same"
          + " formats. Fetch before you change an agent's criteria, analyse again after, and"
          + " compare the two runs with 'diff'. With no ids, the fake backend fetches the built-in"
          + " sample.",
      "",
      "Standard output, the batch report, --resume and the exit status behave as for 'analyze'."
    },
    footer = {
      "  ELEVENLABS_API_KEY  the API key for --backend http; deliberately not an",
      "                      option, so it stays out of shell history",
      "",
      "Examples (convai-demo stands for java -jar app-demo/target/convai-demo.jar):",
      "  convai-demo fetch --agent agent_fake_support --format jsonl > baseline.jsonl",
      "  convai-demo fetch --ids-file ids.txt --format jsonl --resume baseline.jsonl",
      "  ELEVENLABS_API_KEY=... convai-demo fetch --backend http --agent agent_123 \\",
      "      --since 2026-03-02 --until 2026-03-09 --format jsonl > baseline.jsonl"
    })
final class FetchCommand extends AnalyzeCommand {

  /** The options of {@code analyze} that do not apply to reading conversations. */
  static final String[] ANALYZE_ONLY = {"--evaluation", "--scope"};

  FetchCommand(DemoEnvironment environment, Backend.Factory backends) {
    super(environment, backends);
  }

  @Override
  ConversationAnalysisPort operation(Backend open) {
    return BatchOperationAdapter.get(open.history());
  }

  @Override
  String verb() {
    return "fetching";
  }
}
