package dev.convai.benchmarks;

import dev.convai.adapter.http.ConversationJson;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the JMH benchmarks with JMH's own command line, then prints what JMH does not: throughput
 * in MB/s for each payload and the ratios the targets are stated in, all from the same run.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5 -w 2s -r 2s</pre>
 */
public final class BenchmarkMain {

  /** Decode into the domain may take at most this many times as long as decode into the DTOs. */
  static final double DOMAIN_OVER_DTO_TARGET = 1.3;

  private static final String[] COLUMNS = {
    "decode", "wireDtos", "mapToDomain", "utf8Check", "readTree", "tokens", "encode"
  };

  private BenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    CommandLineOptions options;
    try {
      options = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("Error parsing command line: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (options.shouldHelp()
        || options.shouldList()
        || options.shouldListWithParams()
        || options.shouldListProfilers()
        || options.shouldListResultFormats()) {
      // Listing and help are JMH's business alone.
      try {
        org.openjdk.jmh.Main.main(args);
      } catch (Exception e) {
        throw new RunnerException(e);
      }
      return;
    }
    Collection<RunResult> results = new Runner(options).run();
    summarise(results);
  }

  private static void summarise(Collection<RunResult> results) {
    Map<Payloads.Size, Map<String, Measured>> table = new EnumMap<>(Payloads.Size.class);
    for (RunResult run : results) {
      BenchmarkParams params = run.getParams();
      String benchmark = params.getBenchmark();
      if (!benchmark.startsWith(CodecBenchmark.class.getName() + ".")) {
        continue;
      }
      String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      Payloads.Size size = Payloads.Size.valueOf(params.getParam("size"));
      Measured measured = Measured.of(run);
      if (measured != null) {
        table.computeIfAbsent(size, s -> new HashMap<>()).put(name, measured);
      }
    }
    if (table.isEmpty()) {
      return;
    }
    System.out.println();
    System.out.println("Codec throughput in MB/s (10^6 bytes of JSON per second; ± is JMH's 99.9% interval)");
    System.out.println("decode, wireDtos, mapToDomain, utf8Check, readTree, tokens: per input byte;"
        + " encode: per output byte");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-8s %10s", "size", "bytes"));
    for (String column : COLUMNS) {
      header.append(String.format(Locale.ROOT, " %18s", column));
    }
    System.out.println(header);
    for (Map.Entry<Payloads.Size, Map<String, Measured>> row : table.entrySet()) {
      Payloads.Size size = row.getKey();
      byte[] input = size.bytes();
      int output = ConversationJson.encodeToBytes(ConversationJson.decode(input)).length;
      StringBuilder line =
          new StringBuilder(String.format(Locale.ROOT, "%-8s %10d", size, input.length));
      for (String column : COLUMNS) {
        Measured m = row.getValue().get(column);
        int bytes = "encode".equals(column) ? output : input.length;
        line.append(
            m == null
                ? String.format(Locale.ROOT, " %18s", "-")
                : String.format(
                    Locale.ROOT, " %9.1f ± %6.1f", m.opsPerSecond * bytes / 1e6, m.error * bytes / 1e6));
      }
      System.out.println(line);
    }
    System.out.println();
    System.out.println("Ratios of time per operation (range from the 99.9% intervals)");
    for (Map.Entry<Payloads.Size, Map<String, Measured>> row : table.entrySet()) {
      Map<String, Measured> m = row.getValue();
      ratio(row.getKey(), "decode / wireDtos", m.get("decode"), m.get("wireDtos"), DOMAIN_OVER_DTO_TARGET);
      ratio(row.getKey(), "decode / readTree", m.get("decode"), m.get("readTree"), 0);
      ratio(row.getKey(), "wireDtos / readTree", m.get("wireDtos"), m.get("readTree"), 0);
      ratio(row.getKey(), "encode / decode", m.get("encode"), m.get("decode"), 0);
    }
    printAllocation(table);
  }

  /** Prints slow / fast as time ratios, with the target verdict when there is one. */
  private static void ratio(Payloads.Size size, String label, Measured slow, Measured fast, double target) {
    if (slow == null || fast == null) {
      return;
    }
    double ratio = fast.opsPerSecond / slow.opsPerSecond;
    double low = Math.max(fast.opsPerSecond - fast.error, 0) / (slow.opsPerSecond + slow.error);
    // An interval that reaches zero throughput bounds nothing: say so rather than print infinity.
    String high =
        slow.opsPerSecond - slow.error <= 0
            ? "unbounded"
            : String.format(Locale.ROOT, "%.2f", (fast.opsPerSecond + fast.error) / (slow.opsPerSecond - slow.error));
    String verdict = "";
    if (target > 0) {
      verdict = ratio <= target ? "  target <= " + target + ": met" : "  target <= " + target + ": MISSED";
    }
    System.out.printf(
        Locale.ROOT, "%-8s %-20s %5.2fx  (%.2f..%s)%s%n", size, label, ratio, low, high, verdict);
  }

  /** With {@code -prof gc}: bytes allocated per operation, and per byte of input. */
  private static void printAllocation(Map<Payloads.Size, Map<String, Measured>> table) {
    boolean any = table.values().stream()
        .flatMap(m -> m.values().stream())
        .anyMatch(m -> m.allocatedPerOp >= 0);
    if (!any) {
      return;
    }
    System.out.println();
    System.out.println("Allocation per operation (-prof gc), in bytes and as a multiple of the input size");
    for (Map.Entry<Payloads.Size, Map<String, Measured>> row : table.entrySet()) {
      int input = row.getKey().bytes().length;
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s", row.getKey()));
      for (String column : COLUMNS) {
        Measured m = row.getValue().get(column);
        line.append(
            m == null || m.allocatedPerOp < 0
                ? String.format(Locale.ROOT, " %22s", column + " -")
                : String.format(
                    Locale.ROOT, " %s %11.0f (%4.1fx)", column, m.allocatedPerOp, m.allocatedPerOp / input));
      }
      System.out.println(line);
    }
  }

  /** One benchmark's throughput in operations per second, whatever mode and unit JMH ran in. */
  private static final class Measured {
    final double opsPerSecond;
    final double error;
    final double allocatedPerOp;

    private Measured(double opsPerSecond, double error, double allocatedPerOp) {
      this.opsPerSecond = opsPerSecond;
      this.error = error;
      this.allocatedPerOp = allocatedPerOp;
    }

    static Measured of(RunResult run) {
      Result<?> primary = run.getPrimaryResult();
      BenchmarkParams params = run.getParams();
      double unitsPerSecond = TimeUnit.SECONDS.toNanos(1) / (double) params.getTimeUnit().toNanos(1);
      double score = primary.getScore();
      double error = Double.isNaN(primary.getScoreError()) ? 0 : primary.getScoreError();
      double ops;
      double opsError;
      if (params.getMode() == Mode.Throughput) {
        ops = score * unitsPerSecond;
        opsError = error * unitsPerSecond;
      } else if (params.getMode() == Mode.AverageTime || params.getMode() == Mode.SampleTime) {
        ops = unitsPerSecond / score;
        opsError = ops * (error / score);
      } else {
        return null;
      }
      Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
      return new Measured(ops, opsError, alloc == null ? -1 : alloc.getScore());
    }
  }
}
