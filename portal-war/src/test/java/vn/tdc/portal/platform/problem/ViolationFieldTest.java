package vn.tdc.portal.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ViolationFieldTest {

    @Test
    void should_name_a_null_element_of_a_list_by_the_list() {
        // given the path Bean Validation gives a null element of roles: roles[].<iterable element>
        ConstraintViolation<?> violation = violation(
                node("roles", ElementKind.PROPERTY, false, null),
                node("<iterable element>", ElementKind.CONTAINER_ELEMENT, true, null));

        // then the problem is about roles
        assertThat(ProblemValidator.field(violation)).isEqualTo("roles");
    }

    @Test
    void should_keep_nested_properties_and_list_indexes_but_not_the_method_and_parameter() {
        ConstraintViolation<?> nested = violation(
                node("create", ElementKind.METHOD, false, null),
                node("request", ElementKind.PARAMETER, false, null),
                node("photos", ElementKind.PROPERTY, false, null),
                node("name", ElementKind.PROPERTY, true, 1));

        assertThat(ProblemValidator.field(nested)).isEqualTo("photos[1].name");
    }

    @Test
    void should_name_the_parameter_when_no_property_is_named_and_nothing_for_the_whole_value() {
        assertThat(ProblemValidator.field(violation(node("create", ElementKind.METHOD, false, null),
                node("request", ElementKind.PARAMETER, false, null)))).isEqualTo("request");
        assertThat(ProblemValidator.field(violation(node(null, ElementKind.BEAN, false, null)))).isNull();
    }

    private static Path.Node node(String name, ElementKind kind, boolean inIterable, Integer index) {
        return (Path.Node) Proxy.newProxyInstance(Path.Node.class.getClassLoader(), new Class<?>[]{Path.Node.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getKind" -> kind;
                    case "isInIterable" -> inIterable;
                    case "getIndex" -> index;
                    case "toString" -> String.valueOf(name);
                    default -> null;
                });
    }

    private static ConstraintViolation<?> violation(Path.Node... nodes) {
        List<Path.Node> list = List.of(nodes);
        Path path = new Path() {
            @Override
            public Iterator<Node> iterator() {
                return list.iterator();
            }

            @Override
            public String toString() {
                return list.toString();
            }
        };
        return (ConstraintViolation<?>) Proxy.newProxyInstance(ConstraintViolation.class.getClassLoader(),
                new Class<?>[]{ConstraintViolation.class},
                (proxy, method, args) -> "getPropertyPath".equals(method.getName()) ? path : null);
    }
}
