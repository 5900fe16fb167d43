package dev.convai.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The poms, read as files: a module added to the build but not to the BOM (or the other way
 * round), a BOM left at an old version, or a jar module without a module name fails here, before
 * anything is installed.
 */
class PublishedModulesTest {

  /** Surefire runs in this module's directory; the build's root is its parent. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theBomManagesExactlyThePublishedModulesAtTheBuildsVersion() throws Exception {
    Element root = parse(ROOT.resolve("pom.xml"));
    String version = child(root, "version").orElseThrow();
    Element bom = parse(ROOT.resolve("bom").resolve("pom.xml"));

    assertEquals(version, child(bom, "version").orElseThrow(), "the BOM's own version");
    Set<String> managed = new TreeSet<>();
    for (Element dependency : managedDependencies(bom)) {
      if ("dev.convai".equals(child(dependency, "groupId").orElse(""))) {
        String artifactId = child(dependency, "artifactId").orElseThrow();
        assertEquals(version, child(dependency, "version").orElse(""), artifactId + " in the BOM");
        managed.add(artifactId);
      }
    }
    assertEquals(publishedModules().keySet(), managed);
  }

  @Test
  void everyPublishedModuleNamesItsModuleOnceAndUnderTheProjectsPrefix() throws Exception {
    Map<String, String> owners = new HashMap<>();
    for (Map.Entry<String, Element> module : publishedModules().entrySet()) {
      String name =
          property(module.getValue(), "automatic.module.name")
              .orElseThrow(() -> new AssertionError(module.getKey() + " sets no automatic.module.name"));
      assertTrue(name.matches("dev\\.convai\\.analysis(\\.[a-z]+)+"), module.getKey() + ": " + name);
      assertEquals(null, owners.put(name, module.getKey()), name + " is named twice");
    }
  }

  /** Modules of the reactor that deploy a jar: the rest are the parent, the BOM and build tools. */
  private static Map<String, Element> publishedModules() throws Exception {
    Map<String, Element> published = new HashMap<>();
    for (String module : modules(parse(ROOT.resolve("pom.xml")))) {
      Path pom = ROOT.resolve(module).resolve("pom.xml");
      assertTrue(Files.isRegularFile(pom), pom.toString());
      Element project = parse(pom);
      boolean jar = child(project, "packaging").orElse("jar").equals("jar");
      boolean deployed = !property(project, "maven.deploy.skip").orElse("false").equals("true");
      if (jar && deployed) {
        published.put(child(project, "artifactId").orElseThrow(), project);
      }
    }
    assertFalse(published.isEmpty(), "no published module found under " + ROOT);
    return published;
  }

  private static List<String> modules(Element project) {
    List<String> modules = new ArrayList<>();
    for (Element modulesElement : children(project, "modules")) {
      for (Element module : children(modulesElement, "module")) {
        modules.add(module.getTextContent().trim());
      }
    }
    return modules;
  }

  private static List<Element> managedDependencies(Element project) {
    List<Element> found = new ArrayList<>();
    for (Element management : children(project, "dependencyManagement")) {
      for (Element dependencies : children(management, "dependencies")) {
        found.addAll(children(dependencies, "dependency"));
      }
    }
    return found;
  }

  private static Optional<String> property(Element project, String name) {
    for (Element properties : children(project, "properties")) {
      Optional<String> value = child(properties, name);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).getTextContent().trim());
  }

  /** Direct children only: a dependency's version must not be taken for the project's. */
  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element && name.equals(node.getNodeName())) {
        found.add((Element) node);
      }
    }
    return found;
  }

  private static Element parse(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
  }
}
