package dev.convai.demo;

import dev.convai.conversation.ConversationId;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Assembles the {@code convai-demo} command line: its commands, converters and error handling. */
final class DemoCli {

  private DemoCli() {}

  /** The command line over this environment and these backends. */
  static CommandLine commandLine(DemoEnvironment environment, Backend.Factory backends) {
    CommandLine commandLine = new CommandLine(new Root());
    commandLine.addSubcommand(new AnalyzeCommand(environment, backends));
    CommandLine fetch = new CommandLine(new FetchCommand(environment, backends));
    for (String analyzeOnly : FetchCommand.ANALYZE_ONLY) {
      fetch.getCommandSpec().remove(fetch.getCommandSpec().findOption(analyzeOnly));
    }
    commandLine.addSubcommand(fetch);
    commandLine.addSubcommand(new DiffCommand());
    commandLine.addSubcommand(new CommandLine.HelpCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.registerConverter(ConversationId.class, DemoCli::conversationId);
    commandLine.setParameterExceptionHandler(DemoCli::usageError);
    commandLine.setExecutionExceptionHandler(
        (failure, failed, parseResult) -> {
          PrintWriter err = failed.getErr();
          if (failure instanceof AgentIds.ListingFailedException listing) {
            // The API refused the listing (a wrong key, say): a failure, not a crash.
            err.println(failed.getCommandSpec().qualifiedName() + ": " + listing.getMessage());
            err.flush();
            return 1;
          }
          // Not a failed id (those are reported as they happen) but the command itself breaking.
          err.println(failed.getCommandSpec().qualifiedName() + ": error: " + failure);
          for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            err.println("  caused by: " + cause);
          }
          err.flush();
          return CommandLine.ExitCode.SOFTWARE;
        });
    return commandLine;
  }

  private static ConversationId conversationId(String text) {
    try {
      return ConversationId.of(text);
    } catch (IllegalArgumentException invalid) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a conversation id: " + invalid.getMessage());
    }
  }

  /** One line saying what is wrong and where help is, instead of the whole usage text. */
  private static int usageError(CommandLine.ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + problem.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(problem, err);
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** {@code convai-demo} alone: which commands there are. */
  @Command(
      name = "convai-demo",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      header = "Analyse ElevenLabs conversations from the command line.",
      descriptionHeading = "%n",
      description = {
        "Run 'convai-demo analyze' to analyse the built-in sample on the fake backend.",
        "After a criteria change: 'fetch' the baseline, 'analyze' again, 'diff' the two runs."
      },
      optionListHeading = "%nOptions:%n",
      synopsisSubcommandLabel = "COMMAND",
      commandListHeading = "%nCommands:%n")
  static final class Root implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed, such as 'analyze'");
    }
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version =
          Optional.ofNullable(DemoCli.class.getPackage().getImplementationVersion()).orElse("development");
      return new String[] {"convai-demo " + version};
    }
  }
}
