package dev.convai.demo;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether standard output and standard error are terminals, which Java 17 cannot tell by itself:
 * {@code System.console()} exists only when standard input <em>and</em> output are terminals, so it
 * is absent in the demo's main use ({@code --format jsonl > out.jsonl}) while standard error is
 * still the terminal.
 *
 * <p>The check asks the operating system: a POSIX shell, given our standard output and error as its
 * own, runs {@code test -t 1} and {@code test -t 2} ({@code isatty}) and answers in its exit
 * status. It costs one short child process. Where there is no {@code sh} (Windows), or {@code
 * TERM} is {@code dumb} (terminals that do not return to the start of the line on a carriage
 * return), the answer is no for both, and no bar is drawn.
 *
 * @param output whether standard output is a terminal
 * @param error whether standard error is a terminal
 */
record Terminals(boolean output, boolean error) {

  /** Neither stream is a terminal. */
  static final Terminals NONE = new Terminals(false, false);

  /** Asks about this process's standard output and error. */
  static Terminals detect(Map<String, String> environment) {
    if ("dumb".equals(environment.get("TERM"))
        || System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
      return NONE;
    }
    try {
      Process test =
          new ProcessBuilder("sh", "-c", "s=0; test -t 1 && s=1; test -t 2 && s=$((s + 2)); exit $s")
              .redirectInput(Redirect.PIPE)
              .redirectOutput(Redirect.INHERIT) // the child's fd 1 and 2 are ours: that is what is tested
              .redirectError(Redirect.INHERIT)
              .start();
      test.getOutputStream().close();
      if (!test.waitFor(5, TimeUnit.SECONDS)) {
        test.destroyForcibly();
        return NONE;
      }
      int status = test.exitValue();
      return status > 3 ? NONE : new Terminals((status & 1) != 0, (status & 2) != 0);
    } catch (IOException noShell) {
      return NONE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return NONE;
    }
  }
}
