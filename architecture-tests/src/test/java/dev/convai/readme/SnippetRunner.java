package dev.convai.readme;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Runs compiled snippets in a JVM of their own: each named class's {@code main}, or else each of
 * its JUnit {@code @Test} methods on a fresh instance. Exits 0 when all ran, 1 when one threw, 3
 * when a class has nothing to run; exits explicitly, so a snippet that leaves an adapter open (as
 * an application would until it stops) does not keep the JVM alive.
 */
public final class SnippetRunner {

  private SnippetRunner() {}

  /**
   * Runs the classes.
   *
   * @param classNames binary names of the classes to run
   */
  public static void main(String[] classNames) {
    int status = 0;
    for (String className : classNames) {
      try {
        status = Math.max(status, run(Class.forName(className)));
      } catch (Throwable failed) {
        Throwable cause = failed instanceof InvocationTargetException invoked ? invoked.getCause() : failed;
        System.err.println(className + " failed:");
        cause.printStackTrace();
        status = 1;
      }
    }
    System.out.flush();
    System.exit(status);
  }

  private static int run(Class<?> type) throws Exception {
    for (Method method : type.getDeclaredMethods()) {
      if (method.getName().equals("main")
          && Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 1
          && method.getParameterTypes()[0] == String[].class) {
        method.setAccessible(true);
        method.invoke(null, (Object) new String[0]);
        System.out.println("ran " + type.getName() + ".main");
        return 0;
      }
    }
    boolean ran = false;
    for (Method method : type.getDeclaredMethods()) {
      if (method.isAnnotationPresent(Test.class)) {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        method.setAccessible(true);
        method.invoke(constructor.newInstance());
        System.out.println("ran " + type.getName() + "." + method.getName());
        ran = true;
      }
    }
    if (!ran) {
      System.out.println(type.getName() + " has no main and no @Test method: compiled, not run");
      return 3;
    }
    return 0;
  }
}
