package dev.convai.demo;

import dev.convai.batch.BatchAnalysisService;
import dev.convai.batch.BatchOutcome;
import dev.convai.batch.BatchReport;
import dev.convai.batch.BatchRun;
import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.analysis.AnalysisScope;
import dev.convai.conversation.ConversationId;
import dev.convai.history.ConversationQuery;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.ConversationAnalysisException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convai-demo analyze}: see the usage text below for the contract. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = DemoCli.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    headerHeading = "%n",
    header = "Re-run the analysis of conversations and print them.",
    descriptionHeading = "%n",
    description = {
      "Ids are taken from the ID arguments, then from --ids-file (one id per line, UTF-8; blank"
          + " lines and lines starting with # are skipped). A file is checked in full before the"
          + " first call; standard input is read as it streams. With no ids at all, the fake backend"
          + " analyses a built-in sample of 5 ids (conv_sample_01 to conv_sample_05), so the"
          + " command works with no key and no network. With --agent, the ids come from the"
          + " conversation list instead, page by page, filtered by --since, --until and"
          + " --call-successful.",
      "",
      "Conversations are printed on standard output as they complete (completion order;"
          + " --concurrency 1 keeps the input order). With json, jsonl and csv, standard output"
          + " carries only the records: the batch report and one line per failed id go to"
          + " standard error, or the report to --report FILE. When standard error is a terminal"
          + " (whatever standard output is), a progress bar on it shows the rate, ETA, failures so"
          + " far and the concurrency in use."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nEnvironment:%n",
    footer = {
      "  ELEVENLABS_API_KEY  the API key for --backend http; deliberately not an",
      "                      option, so it stays out of shell history",
      "  ELEVENLABS_BASE_URL the base URL for --backend http when neither --base-url",
      "                      nor --region is given (as the library's fromEnv() reads it)",
      "",
      "Examples (convai-demo stands for java -jar app-demo/target/convai-demo.jar):",
      "  convai-demo analyze",
      "      the built-in sample on the fake backend, as a table",
      "  convai-demo analyze conv_01 conv_02 --format jsonl > conversations.jsonl",
      "  convai-demo analyze --ids-file ids.txt --format csv --report report.txt",
      "  cut -f1 export.tsv | convai-demo analyze --ids-file - --format json",
      "  ELEVENLABS_API_KEY=... convai-demo analyze --backend http conv_01",
      "  convai-demo analyze --backend http --region eu --concurrency 8 conv_01",
      "  convai-demo analyze --backend http --base-url http://127.0.0.1:8080 conv_01",
      "  convai-demo analyze --agent agent_fake_support --since 2026-03-01 --format jsonl --resume new.jsonl",
      "  convai-demo analyze --ids-file ids.txt --evaluation greeting --format jsonl > greeting.jsonl",
      "  convai-demo analyze --agent agent_fake_support --fake-drop-criterion polite_tone"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every id succeeded",
      "1:at least one id failed (one line per failure on standard error)",
      "2:usage error: a bad option or id, an unreadable ids file, no key for --backend http",
      "130:interrupted (Ctrl-C): no new call starts, the calls in flight finish, the report is written"
    })
sealed class AnalyzeCommand implements Callable<Integer> permits FetchCommand {

  /** Analysed when no id is given; the fake generates a conversation for any id. */
  static final List<ConversationId> SAMPLE_IDS =
      IntStream.rangeClosed(1, 5)
          .mapToObj(i -> ConversationId.of(String.format("conv_sample_%02d", i)))
          .toList();

  static final int MAX_CONCURRENCY = 256;

  private final DemoEnvironment environment;
  private final Backend.Factory backends;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", arity = "0..*", description = "Conversation ids to analyse.")
  List<ConversationId> ids = new ArrayList<>();

  @Option(
      names = "--ids-file",
      paramLabel = "FILE|-",
      description = "Read more ids from FILE, one per line; - reads standard input.")
  String idsFile;

  @Option(
      names = "--backend",
      paramLabel = "fake|http",
      defaultValue = "fake",
      completionCandidates = BackendKind.Names.class,
      description = "fake: deterministic, in memory, no key (default); http: the ElevenLabs API.")
  BackendKind backend;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "http only: the API's base URL instead of a region's, such as a local test server.")
  URI baseUrl;

  @Option(
      names = "--proxy",
      paramLabel = "URL",
      description =
          "http only: send every request through this forward proxy, http://[user:password@]host[:port]"
              + " (https goes through a CONNECT tunnel) or socks5://host:port.")
  String proxy;

  @Option(
      names = "--allow-insecure-http",
      description = "http only: allow a plain http --base-url to a host that is not loopback (the key then crosses the network unencrypted).")
  boolean allowInsecureHttp;

  @Option(
      names = "--region",
      paramLabel = "NAME",
      description =
          "http only: which of the API's servers to call: default, us, eu-residency,"
              + " in-residency or sg-residency (eu, in, sg for short).")
  String region;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "" + BatchAnalysisService.DEFAULT_CONCURRENCY,
      description =
          "The most analyses running at once, 1 to " + MAX_CONCURRENCY + " (default: ${DEFAULT-VALUE})."
              + " Below it the batch finds the account's own concurrency limit from the API's"
              + " refusals and keeps to it; the report and the progress bar show the concurrency in use.")
  int concurrency;

  @Option(
      names = "--format",
      paramLabel = "table|json|jsonl|csv",
      defaultValue = "table",
      completionCandidates = OutputFormat.Names.class,
      description = {
        "table (default): for people; json: one JSON array of conversations in the API's own"
            + " JSON (always an array, even for one id); jsonl: one such conversation per line;"
            + " csv: a header and one row per conversation."
      })
  OutputFormat format;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write the batch report to FILE instead of standard error: JSON with --format json, text otherwise.")
  Path reportFile;

  @Option(
      names = "--resume",
      paramLabel = "FILE",
      description = {
        "With --format jsonl: append the records to FILE instead of standard output, and skip the"
            + " ids FILE already holds, so a run that was stopped or killed carries on where it"
            + " ended. Every id ends up in FILE once; failed ids are not written, so the next"
            + " --resume tries them again."
      })
  Path resumeFile;

  @Mixin AgentIds agentIds;

  @Mixin FakeAgentOptions fakeAgent;

  @Option(
      names = "--evaluation",
      paramLabel = "ID",
      description = "Re-run only this evaluation criterion for each id; the other results stay as they were.")
  String evaluation;

  @Option(
      names = "--scope",
      paramLabel = "SCOPE",
      description = "With --evaluation: what the evaluation reads, conversation or agent; the API's default when absent.")
  String scope;

  /** Whether the base URL came from {@code ELEVENLABS_BASE_URL}, so messages name the variable. */
  private boolean baseUrlFromEnvironment;

  AnalyzeCommand(DemoEnvironment environment, Backend.Factory backends) {
    this.environment = environment;
    this.backends = backends;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    Backend.Request request = checkOptions();
    boolean sample = ids.isEmpty() && idsFile == null && !agentIds.listing();
    List<ConversationId> arguments = sample ? SAMPLE_IDS : ids;
    Optional<String> file = Optional.ofNullable(idsFile);
    // The listing's length is unknown until its last page.
    OptionalLong total = agentIds.listing() ? OptionalLong.empty() : validateIdsFile(arguments, file);

    Backend opened;
    try {
      opened = backends.open(request);
      if (fakeAgent.any() && opened.port() instanceof FakeConversationAnalysisAdapter fake) {
        fakeAgent.applyTo(fake);
      }
    } catch (IllegalArgumentException refused) {
      throw usage(baseUrlFromEnvironment ? DemoEnvironment.BASE_URL_VARIABLE + ": " + refused.getMessage() : refused.getMessage());
    }
    try (Backend open = opened;
        ResumeFile resume = openResume();
        Stream<ConversationId> source = resumable(ids(open, arguments, file), resume)) {
      if (backend == BackendKind.FAKE) {
        err.println(
            "Using the fake backend (deterministic, in memory, no key or network; --backend http calls the API)"
                + (sample ? ": " + verb() + " the built-in sample of " + SAMPLE_IDS.size() + " ids." : "."));
        err.flush();
      }
      if (total.isPresent() && total.getAsLong() == 0) {
        err.println(IdSource.label(file) + " holds no ids: nothing to analyse.");
        err.flush();
      }
      AtomicReference<BatchRun> started = new AtomicReference<>();
      // The bar shows the limit the batch has found so far, below --concurrency.
      IntSupplier limitInUse =
          () -> {
            BatchRun current = started.get();
            return current == null ? concurrency : current.progress().concurrencyLimit();
          };
      Progress progress =
          environment.terminal()
              ? Progress.onTerminal(err, remaining(total, resume), limitInUse, System::nanoTime)
              : Progress.none();
      RecordWriter records = resume == null ? RecordWriter.create(format, out) : resume.recordWriter(out);
      records.begin();

      BatchRun run =
          BatchAnalysisService.builder(operation(open))
              .concurrency(concurrency)
              .build()
              .start(
                  source,
                  outcome -> {
                    print(outcome, records, progress, err);
                    // Standard output closed (| head, say): nobody reads the records, stop taking ids.
                    if (out.checkError() && started.get() != null) {
                      started.get().cancel();
                    }
                  });
      started.set(run);
      progress.start();
      if (out.checkError()) {
        run.cancel(); // broken before the reference above was set
      }

      // Ctrl-C stops taking ids and lets the calls in flight finish, so the report still appears.
      CountDownLatch reported = new CountDownLatch(1);
      Thread onInterrupt = new Thread(() -> cancelAndWait(run, reported), "convai-demo-interrupt");
      Runtime.getRuntime().addShutdownHook(onInterrupt);
      try {
        BatchReport report;
        try {
          report = await(run);
        } finally {
          progress.close();
          records.end(); // a JSON array is closed even when an ids-file line turns out invalid
        }
        if (resume != null) {
          err.println(resume.summary());
        }
        if (agentIds.listing() && report.requested() == 0 && (resume == null || resume.skipped() == 0) && !report.cancelled()) {
          err.println("The conversation list holds no conversations for these filters.");
          err.flush();
        } else if (!agentIds.listing() && total.isEmpty() && report.requested() == 0 && resume == null && !report.cancelled()) {
          err.println(IdSource.label(file) + " held no ids: nothing was analysed.");
          err.flush();
        }
        writeReport(report, err);
        return report.allSucceeded() ? 0 : 1;
      } finally {
        reported.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException alreadyShuttingDown) {
          // The hook is running and waits for the latch released above.
        }
      }
    }
  }

  /** What the batch does with each id: here, run the analysis or one evaluation again. */
  ConversationAnalysisPort operation(Backend open) {
    return evaluation == null
        ? BatchOperationAdapter.analysis(open.port())
        : BatchOperationAdapter.evaluation(open.port(), evaluation, Optional.ofNullable(scope).map(AnalysisScope::of));
  }

  /** What the fake-backend notice says the command does with the sample. */
  String verb() {
    return evaluation == null ? "analysing" : "re-running evaluation " + evaluation + " on";
  }

  /** The ids: from the conversation list with {@code --agent}, otherwise the arguments and the ids file. */
  private Stream<ConversationId> ids(Backend open, List<ConversationId> arguments, Optional<String> file)
      throws IOException {
    Optional<ConversationQuery> query = agentIds.query();
    return query.isPresent()
        ? AgentIds.ids(open.history(), query.get())
        : IdSource.open(arguments, file, environment.stdin());
  }

  private ResumeFile openResume() throws IOException {
    if (resumeFile == null) {
      return null;
    }
    try {
      return ResumeFile.open(resumeFile);
    } catch (ResumeFile.BadResumeFileException notARun) {
      throw usage(notARun.getMessage());
    }
  }

  /** The ids the resume file does not hold yet; all of them without {@code --resume}. */
  private static Stream<ConversationId> resumable(Stream<ConversationId> ids, ResumeFile resume) {
    return resume == null ? ids : ids.filter(id -> !resume.skip(id));
  }

  private static OptionalLong remaining(OptionalLong total, ResumeFile resume) {
    return resume == null || total.isEmpty()
        ? total
        : OptionalLong.of(Math.max(0, total.getAsLong() - resume.recorded()));
  }

  private static void cancelAndWait(BatchRun run, CountDownLatch reported) {
    run.cancel();
    try {
      reported.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs on the batch's thread, one outcome at a time. */
  private void print(BatchOutcome outcome, RecordWriter records, Progress progress, PrintWriter err) {
    progress.completed(outcome.isSuccess());
    if (outcome instanceof BatchOutcome.Success success) {
      if (environment.outputOnTerminal()) {
        progress.above(() -> records.write(success.value()));
      } else {
        records.write(success.value()); // a file or a pipe: the bar on the terminal stays as it is
      }
    } else {
      progress.above(
          () -> {
            err.println(failureLine(outcome.id(), outcome.failure().orElseThrow()));
            err.flush();
          });
    }
  }

  /**
   * Reads a regular ids file in full before any call, so that a bad line costs no call, and
   * returns how many ids there are in all; empty when they come from a stream.
   */
  private OptionalLong validateIdsFile(List<ConversationId> arguments, Optional<String> file) {
    if (file.isEmpty()) {
      return OptionalLong.of(arguments.size());
    }
    if (!IdSource.isRegularFile(file)) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(arguments.size() + IdSource.validate(Path.of(file.get())));
    } catch (IdSource.InvalidIdException invalid) {
      throw usage(invalid.getMessage());
    } catch (IOException | UncheckedIOException unreadable) {
      throw usage("cannot read the ids file " + file.get() + ": " + unreadable.getMessage());
    }
  }

  /** {@code conv_1 failed: NOT_FOUND (HTTP 404, 1 attempt): No conversation conv_1}, on one line. */
  static String failureLine(ConversationId id, ConversationAnalysisException failure) {
    StringBuilder details = new StringBuilder("(");
    failure.status().ifPresent(status -> details.append("HTTP ").append(status).append(", "));
    details.append(failure.attempts()).append(failure.attempts() == 1 ? " attempt" : " attempts").append(')');
    StringBuilder line = new StringBuilder().append(id.value()).append(" failed: ").append(failure.kind()).append(' ').append(details);
    String message = failure.getMessage() == null ? "" : failure.getMessage().replaceAll("\\s+", " ").strip();
    // Adapters may end their message with the same details; once on the line is enough.
    if (message.endsWith(" " + details)) {
      message = message.substring(0, message.length() - details.length() - 1);
    }
    if (!message.isEmpty()) {
      line.append(": ").append(message);
    }
    return line.toString();
  }

  private BatchReport await(BatchRun run) {
    try {
      return run.completion().toCompletableFuture().join();
    } catch (CompletionException broken) {
      if (broken.getCause() instanceof IdSource.InvalidIdException invalid) {
        throw usage(invalid.getMessage());
      }
      throw broken.getCause() instanceof RuntimeException cause ? cause : broken;
    }
  }

  private void writeReport(BatchReport report, PrintWriter err) throws IOException {
    boolean json = format == OutputFormat.JSON;
    if (reportFile == null) {
      if (json) {
        ReportWriter.writeJson(report, err);
      } else {
        ReportWriter.writeText(report, err);
      }
      return;
    }
    try (Writer file = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8)) {
      if (json) {
        ReportWriter.writeJson(report, file);
      } else {
        PrintWriter text = new PrintWriter(file);
        ReportWriter.writeText(report, text);
        text.flush();
      }
    }
  }

  /** The checks picocli cannot express; returns what to open. */
  private Backend.Request checkOptions() {
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw usage("--concurrency must be between 1 and " + MAX_CONCURRENCY + ", was " + concurrency);
    }
    if (backend == BackendKind.FAKE && (baseUrl != null || region != null)) {
      throw usage((baseUrl != null ? "--base-url" : "--region") + " needs --backend http");
    }
    if (backend == BackendKind.FAKE && proxy != null) {
      throw usage("--proxy needs --backend http");
    }
    if (baseUrl != null && region != null) {
      throw usage("--base-url and --region are alternatives: give one");
    }
    if (allowInsecureHttp && backend == BackendKind.FAKE) {
      throw usage("--allow-insecure-http needs --backend http");
    }
    String baseUrlOption = "--base-url";
    if (backend == BackendKind.HTTP && baseUrl == null && region == null) {
      String fromEnvironment = environment.variables().get(DemoEnvironment.BASE_URL_VARIABLE);
      if (fromEnvironment != null && !fromEnvironment.isBlank()) {
        baseUrlOption = DemoEnvironment.BASE_URL_VARIABLE;
        baseUrlFromEnvironment = true;
        try {
          baseUrl = new URI(fromEnvironment.strip());
        } catch (URISyntaxException invalid) {
          throw usage(baseUrlOption + " is not a URL: " + invalid.getMessage());
        }
      }
    }
    if (baseUrl != null && (!baseUrl.isAbsolute() || baseUrl.getHost() == null)) {
      throw usage(baseUrlOption + " must be an absolute URL such as https://api.elevenlabs.io, was " + baseUrl);
    }
    if (idsFile != null) {
      IdSource.problem(idsFile).ifPresent(problem -> {
        throw usage(problem);
      });
    }
    try {
      agentIds.query();
    } catch (IllegalArgumentException invalid) {
      throw usage(invalid.getMessage());
    }
    if (fakeAgent.any() && backend != BackendKind.FAKE) {
      throw usage("the --fake-... options change the fake backend's agent: they need --backend fake");
    }
    if (agentIds.listing() && (!ids.isEmpty() || idsFile != null)) {
      throw usage("--agent takes the ids from the conversation list: give it without IDs or --ids-file");
    }
    if (evaluation != null && evaluation.isBlank()) {
      throw usage("--evaluation needs a criterion id");
    }
    if (scope != null && evaluation == null) {
      throw usage("--scope needs --evaluation");
    }
    if (resumeFile != null) {
      if (format != OutputFormat.JSONL) {
        throw usage("--resume needs --format jsonl: the file it continues is JSON lines");
      }
      Path parent = resumeFile.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw usage("no directory for the resume file " + resumeFile);
      }
    }
    if (reportFile != null) {
      // Checked before the work: a batch of thousands of calls must not end on an unwritable report.
      Path parent = reportFile.toAbsolutePath().getParent();
      if (Files.isDirectory(reportFile)) {
        throw usage("the report file " + reportFile + " is a directory: give a file name");
      }
      if (parent != null && !Files.isDirectory(parent)) {
        throw usage("no directory for the report file " + reportFile);
      }
      if (Files.exists(reportFile) ? !Files.isWritable(reportFile) : parent != null && !Files.isWritable(parent)) {
        throw usage("cannot write the report file " + reportFile);
      }
    }
    Optional<String> apiKey = Optional.empty();
    if (backend == BackendKind.HTTP) {
      if (ids.isEmpty() && idsFile == null && !agentIds.listing()) {
        throw usage("no ids: give IDs, --ids-file or --agent (the built-in sample is for the fake backend)");
      }
      apiKey =
          Optional.ofNullable(environment.variables().get(DemoEnvironment.API_KEY_VARIABLE))
              .filter(key -> !key.isBlank());
      if (apiKey.isEmpty()) {
        throw usage(DemoEnvironment.API_KEY_VARIABLE + " is not set: --backend http reads the API key from it");
      }
    }
    return new Backend.Request(
        backend,
        Optional.ofNullable(baseUrl),
        Optional.ofNullable(region),
        Optional.ofNullable(proxy),
        apiKey,
        concurrency,
        allowInsecureHttp);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
