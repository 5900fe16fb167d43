package dev.convai.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo as a separate JVM, on this test's class path, as {@code java -jar convai-demo.jar} runs it. */
final class DemoProcess {

  private DemoProcess() {}

  /** {@code java -cp <test class path> dev.convai.demo.DemoMain <args>}. */
  static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DemoMain.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** The command as one line for {@code sh -c}, each word single-quoted. */
  static String shellLine(List<String> command) {
    StringBuilder line = new StringBuilder();
    for (String word : command) {
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append('\'').append(word.replace("'", "'\\''")).append('\'');
    }
    return line.toString();
  }
}
