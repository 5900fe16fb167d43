package dev.convai.demo;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of {@code java -jar convai-demo.jar}: runs the {@code convai-demo} command line and
 * exits with its status (0 every id succeeded, 1 some failed, 2 usage error). Run it with
 * {@code --help} for the commands and options.
 */
public final class DemoMain {

  private DemoMain() {}

  /**
   * Runs the command line and exits the JVM with its status.
   *
   * @param args the command line, such as {@code analyze conv_01 --format jsonl}
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line in this process and returns its exit status. */
  static int run(String[] args) {
    CommandLine commandLine = DemoCli.commandLine(DemoEnvironment.system(), new DefaultBackends());
    // Records are data: UTF-8 whatever the platform's charset, buffered and flushed per record.
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)));
    PrintWriter err = new PrintWriter(System.err, true);
    commandLine.setOut(out);
    commandLine.setErr(err);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
