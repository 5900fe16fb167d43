package dev.convai.mapstruct;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import org.mapstruct.ap.spi.ImmutablesAccessorNamingStrategy;

/**
 * Reads record-style accessors as getters, and leaves everything else to MapStruct's Immutables
 * strategy (bean getters, builder setters, records).
 *
 * <p>A record-style accessor is a public or package-private instance method without parameters
 * that returns a value, and that is either
 *
 * <ul>
 *   <li>an attribute of an Immutables value type: abstract, or annotated {@code @Value.Default}
 *       (so a domain convenience such as {@code failedCriteria()} is not mistaken for data); or
 *   <li>declared by a class that has an instance field of the same name, which it returns (the
 *       shape of the wire DTOs).
 * </ul>
 *
 * <p>Other methods of such an interface are never getters, whatever their names: {@code isAgent()}
 * is a convenience, not an attribute.
 *
 * <p>Its property name is the method name unchanged: {@code isError()} is the property {@code
 * isError}, as the builder's {@code isError(boolean)} and the DTO's constructor parameter say.
 */
public class RecordStyleAccessorNamingStrategy extends ImmutablesAccessorNamingStrategy {

  private static final String VALUE_DEFAULT = "org.immutables.value.Value.Default";

  @Override
  public boolean isGetterMethod(ExecutableElement method) {
    if (isRecordStyleAccessor(method)) {
      return true;
    }
    // An interface of the model says what its attributes are; a default method such as isAgent()
    // is a convenience computed from them, never data of its own.
    return !isModelInterface(method.getEnclosingElement()) && super.isGetterMethod(method);
  }

  private static boolean isModelInterface(Element owner) {
    return owner.getKind() == ElementKind.INTERFACE
        && owner instanceof TypeElement
        && !isJdkType((TypeElement) owner);
  }

  @Override
  public String getPropertyName(ExecutableElement getterOrSetterMethod) {
    if (isRecordStyleAccessor(getterOrSetterMethod)) {
      return getterOrSetterMethod.getSimpleName().toString();
    }
    return super.getPropertyName(getterOrSetterMethod);
  }

  private static boolean isRecordStyleAccessor(ExecutableElement method) {
    if (!method.getParameters().isEmpty()
        || method.getReturnType().getKind() == TypeKind.VOID
        || method.getModifiers().contains(Modifier.STATIC)
        || method.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    Element owner = method.getEnclosingElement();
    if (!(owner instanceof TypeElement) || isJdkType((TypeElement) owner)) {
      return false;
    }
    if (owner.getKind() == ElementKind.INTERFACE) {
      return method.getModifiers().contains(Modifier.ABSTRACT) || isAnnotated(method, VALUE_DEFAULT);
    }
    if (owner.getKind() == ElementKind.CLASS) {
      String name = method.getSimpleName().toString();
      for (Element member : owner.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD
            && !member.getModifiers().contains(Modifier.STATIC)
            && member.getSimpleName().contentEquals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isJdkType(TypeElement type) {
    String name = type.getQualifiedName().toString();
    return name.startsWith("java.") || name.startsWith("javax.");
  }

  private static boolean isAnnotated(Element element, String annotation) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(mirror -> mirror.getAnnotationType().toString().equals(annotation));
  }
}
