package dev.convai.compat.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What an install leaves in the local repository, read from the installed BOM itself: every
 * module it manages has a main, a sources and a Javadoc jar, and each main jar names its module.
 */
class PublishedArtifactsTest {

  private static final Path REPOSITORY =
      Path.of(System.getProperty("convai.localRepository"), "dev", "convai");
  private static final String VERSION = System.getProperty("convai.version");

  @Test
  void everyModuleOfTheBomHasMainSourcesAndJavadocJarsWithAModuleName() throws Exception {
    List<String> modules = modulesOfTheBom();
    assertTrue(modules.size() >= 5, "the BOM manages " + modules);

    Map<String, String> moduleNames = new HashMap<>();
    for (String artifactId : modules) {
      Path dir = REPOSITORY.resolve(artifactId).resolve(VERSION);
      for (String classifier : List.of("", "-sources", "-javadoc")) {
        Path jar = dir.resolve(artifactId + "-" + VERSION + classifier + ".jar");
        assertTrue(Files.isRegularFile(jar), "missing " + jar.getFileName());
      }
      String moduleName = automaticModuleName(dir.resolve(artifactId + "-" + VERSION + ".jar"));
      assertTrue(moduleName.startsWith("dev.convai.analysis."), artifactId + ": " + moduleName);
      String previous = moduleNames.put(moduleName, artifactId);
      assertEquals(null, previous, moduleName + " named twice");
    }
  }

  @Test
  void theContractSuiteShipsAsCoresTestJarWithAModuleNameOfItsOwn() throws Exception {
    Path testJar =
        REPOSITORY.resolve("convai-analysis-core").resolve(VERSION)
            .resolve("convai-analysis-core-" + VERSION + "-tests.jar");
    assertEquals("dev.convai.analysis.core.contract", automaticModuleName(testJar));
  }

  private static List<String> modulesOfTheBom() throws Exception {
    Path bom =
        REPOSITORY.resolve("convai-analysis-bom").resolve(VERSION)
            .resolve("convai-analysis-bom-" + VERSION + ".pom");
    Element root =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(bom.toFile())
            .getDocumentElement();
    NodeList dependencies = root.getElementsByTagName("dependency");
    List<String> modules = new ArrayList<>();
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      String group = text(dependency, "groupId");
      String type = text(dependency, "type");
      if ("dev.convai".equals(group) && (type.isEmpty() || "jar".equals(type))) {
        modules.add(text(dependency, "artifactId"));
      }
    }
    assertFalse(modules.isEmpty(), "no module in " + bom);
    return modules;
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
  }

  private static String automaticModuleName(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      String name = file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
      assertTrue(name != null && !name.isBlank(), jar.getFileName() + " has no Automatic-Module-Name");
      return name;
    }
  }
}
