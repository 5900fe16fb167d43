package dev.convai.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code ```java} block of a Markdown text, with the hidden context written before it, and the
 * Java source files it becomes (the rules are in {@link ReadmeSnippetsTest}).
 *
 * @param line the line of the opening fence, 1-based
 * @param heading the closest heading above the block, for messages
 * @param code the block's text
 * @param context the hidden context's Java lines, empty when there is none
 * @param compileOnly why the snippet is not run, when its context says so
 */
record ReadmeSnippet(int line, String heading, String code, List<String> context, Optional<String> compileOnly) {

  private static final Pattern FENCE = Pattern.compile("^\\s*(```+|~~~+)\\s*(\\S*).*$");
  private static final Pattern CONTEXT = Pattern.compile("^<!--\\s*readme-snippet( compile-only)?:(.*)$");
  private static final Pattern TOP_LEVEL_TYPE =
      Pattern.compile(
          "^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:(?:public|abstract|final|sealed|non-sealed|strictfp)\\s+)*"
              + "(?:class|interface|enum|record|@interface)\\s+(\\w+)",
          Pattern.MULTILINE);

  ReadmeSnippet {
    context = List.copyOf(context);
  }

  /**
   * Every {@code ```java} block of the text, in order.
   *
   * @throws IllegalArgumentException for a fence left open, or a {@code readme-snippet} context
   *     that no {@code ```java} block follows (a context left behind when its snippet moved)
   */
  static List<ReadmeSnippet> parse(String markdown) {
    List<String> lines = markdown.lines().toList();
    List<ReadmeSnippet> snippets = new ArrayList<>();
    String heading = "(top)";
    List<String> pendingContext = null;
    Optional<String> pendingCompileOnly = Optional.empty();
    int contextLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      Matcher context = CONTEXT.matcher(text.strip());
      Matcher fence = FENCE.matcher(text);
      if (context.matches()) {
        if (pendingContext != null) {
          throw new IllegalArgumentException("line " + contextLine + ": a readme-snippet context with no ```java block after it");
        }
        contextLine = i + 1;
        String description = context.group(2).strip();
        boolean oneLine = description.endsWith("-->");
        if (oneLine) {
          description = description.substring(0, description.length() - 3).strip();
        }
        pendingCompileOnly = context.group(1) == null ? Optional.empty() : Optional.of(description);
        pendingContext = new ArrayList<>();
        if (oneLine) {
          continue;
        }
        int j = i + 1;
        for (; j < lines.size() && !lines.get(j).strip().equals("-->"); j++) {
          pendingContext.add(lines.get(j));
        }
        if (j == lines.size()) {
          throw new IllegalArgumentException("line " + contextLine + ": a readme-snippet context is never closed with -->");
        }
        i = j;
      } else if (fence.matches()) {
        String marker = fence.group(1);
        String language = fence.group(2);
        int open = i + 1;
        StringBuilder code = new StringBuilder();
        int j = i + 1;
        for (; j < lines.size() && !lines.get(j).strip().startsWith(marker); j++) {
          code.append(lines.get(j)).append('\n');
        }
        if (j == lines.size()) {
          throw new IllegalArgumentException("line " + open + ": a code block is never closed");
        }
        if (language.equals("java")) {
          snippets.add(
              new ReadmeSnippet(
                  open, heading, code.toString(), pendingContext == null ? List.of() : pendingContext, pendingCompileOnly));
        } else if (pendingContext != null) {
          throw new IllegalArgumentException(
              "line " + contextLine + ": a readme-snippet context is followed by a ```" + language + " block, not ```java");
        }
        pendingContext = null;
        pendingCompileOnly = Optional.empty();
        i = j;
      } else if (text.startsWith("#")) {
        heading = text.replaceFirst("^#+\\s*", "");
      } else if (pendingContext != null && !text.isBlank()) {
        throw new IllegalArgumentException(
            "line " + contextLine + ": a readme-snippet context must come right before its ```java block");
      }
    }
    if (pendingContext != null) {
      throw new IllegalArgumentException("line " + contextLine + ": a readme-snippet context with no ```java block after it");
    }
    return snippets;
  }

  /** The class a fragment is wrapped in, or the hidden context of a compilation unit is named. */
  String generatedName() {
    return "ReadmeSnippetLine" + line;
  }

  /** The snippet's own import lines (and blank lines or comments among them), in order. */
  private List<String> imports() {
    List<String> imports = new ArrayList<>();
    for (String text : code.lines().toList()) {
      String stripped = text.strip();
      if (stripped.startsWith("import ")) {
        imports.add(text);
      } else if (!stripped.isEmpty() && !stripped.startsWith("//")) {
        break;
      }
    }
    return imports;
  }

  /** The snippet's code after its imports. */
  private String body() {
    List<String> all = code.lines().toList();
    int imports = 0;
    for (int i = 0; i < all.size(); i++) {
      String stripped = all.get(i).strip();
      if (stripped.startsWith("import ")) {
        imports = i + 1;
      } else if (!stripped.isEmpty() && !stripped.startsWith("//")) {
        break;
      }
    }
    return String.join("\n", all.subList(imports, all.size())) + "\n";
  }

  /** Whether the snippet declares a top-level type, and so is compiled as written. */
  boolean isCompilationUnit() {
    return !topLevelTypes().isEmpty();
  }

  /** The names of the top-level types a compilation unit declares (nested types are indented). */
  List<String> topLevelTypes() {
    List<String> names = new ArrayList<>();
    Matcher type = TOP_LEVEL_TYPE.matcher(body());
    while (type.find()) {
      names.add(type.group(1));
    }
    return names;
  }

  /**
   * The Java source files: file name to text. A compilation unit is its own file (named after its
   * public type, if it has one), with its context as a second, hidden file; a fragment is the body
   * of {@code run()} in a class whose members are the context's other lines.
   */
  java.util.Map<String, String> sources() {
    java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
    List<String> contextImports = context.stream().filter(text -> text.strip().startsWith("import ")).toList();
    List<String> contextMembers = context.stream().filter(text -> !text.strip().startsWith("import ")).toList();
    String origin = "// README.md line " + line + " (" + heading + ")\n";
    if (isCompilationUnit()) {
      String publicType =
          topLevelTypes().stream()
              .filter(name -> Pattern.compile("^(?:@\\w+\\s+)*public\\s+(?:\\w+\\s+)*(?:class|interface|enum|record)\\s+" + name + "\\b", Pattern.MULTILINE).matcher(code).find())
              .findFirst()
              .orElse(generatedName() + "Unit");
      files.put(publicType + ".java", origin + code);
      if (!context.isEmpty()) {
        files.put(generatedName() + "Context.java", origin + String.join("\n", context) + "\n");
      }
      return files;
    }
    StringBuilder source = new StringBuilder(origin);
    contextImports.forEach(text -> source.append(text).append('\n'));
    imports().forEach(text -> source.append(text).append('\n'));
    source.append("\npublic class ").append(generatedName()).append(" {\n");
    contextMembers.forEach(text -> source.append(text).append('\n'));
    source.append("\n  public static void main(String[] args) throws Exception {\n    run();\n  }\n");
    source.append("\n  static void run() throws Exception {\n");
    source.append(body());
    source.append("  }\n}\n");
    files.put(generatedName() + ".java", source.toString());
    return files;
  }

  /** The classes to run: the wrapper of a fragment, or the top-level types of a compilation unit. */
  List<String> runnableClasses() {
    return isCompilationUnit() ? topLevelTypes() : List.of(generatedName());
  }

  @Override
  public String toString() {
    return "README.md line " + line + " (" + heading + ")";
  }
}
