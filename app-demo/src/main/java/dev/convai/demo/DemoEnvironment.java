package dev.convai.demo;

import java.io.InputStream;
import java.util.Map;
import java.util.Objects;

/**
 * What the command reads from its surroundings besides its arguments, so tests can stand in for
 * the process: environment variables (the API key), standard input ({@code --ids-file -}) and
 * whether standard error is a terminal (the progress bar).
 *
 * @param variables the environment variables
 * @param stdin standard input
 * @param terminal whether standard error is shown to a person, so progress may be drawn
 * @param outputOnTerminal whether standard output is a terminal too, so records written there must
 *     not land in the middle of the progress bar
 */
record DemoEnvironment(Map<String, String> variables, InputStream stdin, boolean terminal, boolean outputOnTerminal) {

  /** The variable holding the API key for the http backend. */
  static final String API_KEY_VARIABLE = "ELEVENLABS_API_KEY";

  DemoEnvironment {
    variables = Map.copyOf(variables);
    Objects.requireNonNull(stdin, "stdin");
  }

  /** An environment whose standard output is not a terminal (a file or a pipe). */
  DemoEnvironment(Map<String, String> variables, InputStream stdin, boolean terminal) {
    this(variables, stdin, terminal, false);
  }

  /** The variable that replaces the default base URL for {@code --backend http}, as for {@code fromEnv()}. */
  static final String BASE_URL_VARIABLE = "ELEVENLABS_BASE_URL";

  /**
   * The running process: {@code System.getenv()}, {@code System.in}, and whether standard error is
   * a terminal (whatever standard output is; see {@link Terminals}).
   */
  static DemoEnvironment system() {
    Map<String, String> variables = System.getenv();
    Terminals terminals = Terminals.detect(variables);
    return new DemoEnvironment(variables, System.in, terminals.error(), terminals.output());
  }
}
