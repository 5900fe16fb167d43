package dev.convai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.analysis.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff --html}: the page is parsed as a browser would parse it, and its parts checked. */
class HtmlDiffReportTest {

  @TempDir Path temp;

  private static CliRun run(String... args) {
    return CliRun.run(new DemoEnvironment(Map.of(), InputStream.nullInputStream(), false), new DefaultBackends(), args);
  }

  private Document page(Runs.Record[] before, Runs.Record[] after) throws IOException {
    Path baseline = Runs.write(temp.resolve("baseline.jsonl"), before);
    Path changed = Runs.write(temp.resolve("new.jsonl"), after);
    Path html = temp.resolve("diff.html");
    CliRun run = run("diff", baseline.toString(), changed.toString(), "--html", html.toString());
    assertEquals(0, run.exitCode(), run::toString);
    return Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
  }

  private Document flippedGreeting() throws IOException {
    return page(
        new Runs.Record[] {
          Runs.conversation("conv_a").passes("greeting").passes("resolved"),
          Runs.conversation("conv_b").fails("greeting").passes("resolved"),
          Runs.conversation("conv_c").passes("greeting").passes("resolved"),
          Runs.conversation("conv_d").passes("greeting").passes("resolved"),
        },
        new Runs.Record[] {
          Runs.conversation("conv_a").criterion("greeting", Verdict.FAILURE, "Opened with <script>alert(1)</script> & no hello.")
              .passes("resolved"),
          Runs.conversation("conv_b").fails("greeting").passes("resolved"),
          Runs.conversation("conv_c").criterion("greeting", Verdict.FAILURE, "No hello.").passes("resolved"),
          Runs.conversation("conv_d").passes("greeting").passes("resolved"),
        });
  }

  @Test
  void thePageIsSelfContained() throws IOException {
    Document page = flippedGreeting();

    assertTrue(page.select("script").isEmpty(), "no script element");
    assertTrue(page.select("link, img, iframe, object, embed, audio, video").isEmpty(), "nothing loaded from elsewhere");
    for (Element element : page.getAllElements()) {
      for (var attribute : element.attributes()) {
        assertFalse(attribute.getKey().startsWith("on"), () -> "event handler " + attribute);
        assertFalse(attribute.getValue().matches("(?i)\\s*(https?:|//|javascript:).*"), () -> "external reference " + attribute);
      }
    }
    String css = page.select("style").html();
    assertFalse(css.contains("url(") || css.contains("@import"), "the CSS loads nothing");
    assertEquals("utf-8", page.select("meta[charset]").attr("charset"));
  }

  @Test
  void eachCriterionHasPairedBarsWithRatesAndFlipCounts() throws IOException {
    Document page = flippedGreeting();

    Elements criteria = page.select("section.criterion");
    assertEquals(List.of("greeting", "resolved"), criteria.select("h3").eachText());

    Element greeting = criteria.get(0);
    assertEquals(List.of("before", "after"), greeting.select(".bars .side").eachText());
    assertEquals(List.of("75.0%", "25.0%"), greeting.select(".bars .rate").eachText());
    Elements bars = greeting.select(".bars svg");
    assertEquals(2, bars.size());
    assertEquals("before: 3 success, 1 failure, 0 unknown", bars.get(0).attr("aria-label"));
    assertEquals("after: 1 success, 3 failure, 0 unknown", bars.get(1).attr("aria-label"));
    // Segments are sized by their share: 3 of 4 successes take three quarters of the bar.
    assertEquals(600.0, Double.parseDouble(bars.get(0).select("rect").get(0).attr("width")), 0.01);
    assertEquals(200.0, Double.parseDouble(bars.get(1).select("rect").get(0).attr("width")), 0.01);

    List<String> chips = greeting.select(".chip").eachText();
    assertTrue(chips.contains("▼ 2 success → failure"), chips::toString);
    assertTrue(chips.contains("▲ 0 failure → success"), chips::toString);
    assertTrue(chips.contains("2 kept"), chips::toString);
    assertEquals(List.of("100.0%", "100.0%"), criteria.get(1).select(".bars .rate").eachText());

    assertEquals("2 verdicts changed in 2 conversations", page.select(".verdict").text());
  }

  @Test
  void changedConversationsShowOldAndNewRationaleSideBySide() throws IOException {
    Document page = flippedGreeting();

    Elements rows = page.select("table tbody tr");
    assertEquals(2, rows.size());
    Elements first = rows.get(0).select("td");
    assertEquals("conv_a", first.get(0).text());
    assertEquals("greeting", first.get(1).text());
    assertEquals("success greeting met.", first.get(2).text());
    // The rationale is text, not markup: the script tag it quotes is not an element.
    assertEquals("failure Opened with <script>alert(1)</script> & no hello.", first.get(3).text());
    assertEquals(List.of("conversation", "what", "before", "after"), page.select("table thead th").eachText());
  }

  @Test
  void idsInOneRunOnlyAreListedWithoutAScript() throws IOException {
    Document page = page(
        new Runs.Record[] {Runs.conversation("conv_a").passes("greeting"), Runs.conversation("conv_old").passes("greeting")},
        new Runs.Record[] {Runs.conversation("conv_a").passes("greeting"), Runs.conversation("conv_new").passes("greeting")});

    assertEquals("No verdict changed", page.select(".verdict").text());
    Elements lists = page.select("details");
    assertEquals(List.of("1 only in the baseline", "1 only in the new run"), lists.select("summary").eachText());
    assertEquals("conv_old", lists.get(0).select("code").text());
    assertEquals("conv_new", lists.get(1).select("code").text());
    assertEquals("Nothing changed in the compared conversations.", page.select("p.muted").text());
  }
}
