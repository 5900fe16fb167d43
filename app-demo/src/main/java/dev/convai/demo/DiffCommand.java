package dev.convai.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convai-demo diff}: compares two runs; see the usage text below for the contract. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = DemoCli.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    headerHeading = "%n",
    header = "Compare two runs: what a criteria change did to the verdicts.",
    descriptionHeading = "%n",
    description = {
      "BASELINE and NEW are JSON lines files as 'fetch' and 'analyze' write them with --format"
          + " jsonl (or --resume). Conversations are paired by id. Per criterion, the verdicts"
          + " kept, gone from success to failure, from failure to success, to or from unknown,"
          + " added and dropped; the success rate before and after; score changes of numeric"
          + " criteria; collected values that changed; call-success changes; and ids found in one"
          + " file only (listed, not compared).",
      "",
      "A verdict change is a criterion whose verdict flipped, appeared or disappeared, or a"
          + " call-success verdict that changed; score-only and value-only changes are reported"
          + " but are not verdict changes."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  convai-demo fetch --ids-file ids.txt --format jsonl > baseline.jsonl",
      "  convai-demo analyze --ids-file ids.txt --format jsonl > new.jsonl",
      "  convai-demo diff baseline.jsonl new.jsonl",
      "  convai-demo diff baseline.jsonl new.jsonl --format json > diff.json",
      "  convai-demo diff baseline.jsonl new.jsonl --html diff.html --fail-on-change"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:compared (with --fail-on-change: and no verdict changed)",
      "1:--fail-on-change and at least one verdict changed",
      "2:usage error: a bad option, an unreadable file, a line that is not a conversation"
    })
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASELINE", description = "The run before the change (JSON lines).")
  Path baseline;

  @Parameters(index = "1", paramLabel = "NEW", description = "The run after the change (JSON lines).")
  Path next;

  @Option(
      names = "--format",
      paramLabel = "table|json",
      defaultValue = "table",
      completionCandidates = Format.Names.class,
      description = "table (default): for people; json: one JSON document listing every change, for programs.")
  Format format;

  @Option(
      names = "--fail-on-change",
      description = "Exit with status 1 when any verdict changed, to gate a criteria change in CI.")
  boolean failOnChange;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Also write the comparison as a self-contained HTML page to FILE (no script, no network).")
  Path html;

  @Override
  public Integer call() throws IOException {
    for (Path file : new Path[] {baseline, next}) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw usage("cannot read the run file " + file);
      }
    }
    if (html != null) {
      Path parent = html.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw usage("no directory for the HTML file " + html);
      }
    }
    RunDiff diff;
    try {
      diff = RunDiff.of(baseline, next);
    } catch (RunFile.BadRunFileException bad) {
      throw usage(bad.getMessage());
    }

    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case TABLE -> DiffText.write(diff, out);
      case JSON -> DiffJson.write(diff, out);
    }
    if (html != null) {
      try (Writer page = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
        HtmlDiffReport.write(diff, page);
      }
    }
    return failOnChange && diff.anyVerdictChanged() ? 1 : 0;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** How {@code diff} prints the comparison on standard output. */
  enum Format {
    /** Aligned text for people. */
    TABLE,
    /** One JSON document for programs. */
    JSON;

    /** The lower-case names shown in {@code --help}. */
    static final class Names implements Iterable<String> {
      @Override
      public Iterator<String> iterator() {
        return Arrays.stream(values()).map(value -> value.name().toLowerCase(Locale.ROOT)).iterator();
      }
    }
  }
}
