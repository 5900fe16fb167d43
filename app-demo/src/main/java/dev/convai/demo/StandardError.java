package dev.convai.demo;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether standard error is a terminal, which Java 17 cannot tell by itself: {@code
 * System.console()} exists only when standard input <em>and</em> output are terminals, so it is
 * absent in the demo's main use ({@code --format jsonl > out.jsonl}) while standard error is still
 * the terminal.
 *
 * <p>The check asks the operating system: a POSIX shell runs {@code test -t 2} with our standard
 * error handed down as its own, and {@code test} answers with {@code isatty(2)}. It costs one short
 * child process. Where there is no {@code sh} (Windows), or {@code TERM} is {@code dumb} (terminals
 * that do not move the cursor back on a carriage return), the answer is no and no bar is drawn.
 */
final class StandardError {

  private StandardError() {}

  /** Whether this process's standard error is a terminal a bar can be drawn on. */
  static boolean isTerminal(Map<String, String> environment) {
    if ("dumb".equals(environment.get("TERM"))
        || System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
      return false;
    }
    try {
      Process test =
          new ProcessBuilder("sh", "-c", "test -t 2")
              .redirectInput(Redirect.PIPE)
              .redirectOutput(Redirect.DISCARD)
              .redirectError(Redirect.INHERIT) // the child's fd 2 is ours: that is what is tested
              .start();
      test.getOutputStream().close();
      if (!test.waitFor(5, TimeUnit.SECONDS)) {
        test.destroyForcibly();
        return false;
      }
      return test.exitValue() == 0;
    } catch (IOException noShell) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
