package vn.tdc.portal.platform.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.faces.view.ViewScoped;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weld restores the client proxy of a normal-scoped bean held by a stored session (a page bean read back from the
 * data grid) by its bean types; a bean type that is a class without a non-private no-argument constructor makes that
 * fail ("not proxyable"), and the session is dropped. Every class among the bean types of the portal's normal-scoped
 * beans must therefore have one, or be left out of the bean's types with {@code @Typed}.
 */
class NormalScopedBeanTypesTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> NORMAL_SCOPES = List.of(
            ApplicationScoped.class, RequestScoped.class, SessionScoped.class, ViewScoped.class);

    @Test
    void should_give_every_class_among_the_bean_types_of_a_normal_scoped_bean_a_no_argument_constructor()
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(vn.tdc.portal.platform.time.PortalTime.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<String> unproxyable = new ArrayList<>();
        int beans = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (NORMAL_SCOPES.stream().noneMatch(type::isAnnotationPresent)) {
                    continue;
                }
                beans++;
                Set<Class<?>> typed = type.isAnnotationPresent(Typed.class)
                        ? Set.of(type.getAnnotation(Typed.class).value()) : null;
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    if ((typed == null || typed.contains(c)) && !hasNoArgumentConstructor(c)) {
                        unproxyable.add(type.getName() + " → " + c.getName());
                    }
                }
            }
        }
        assertThat(beans).as("normal-scoped beans found").isGreaterThan(50);
        assertThat(unproxyable).isEmpty();
    }

    private static boolean hasNoArgumentConstructor(Class<?> type) {
        return Arrays.stream(type.getDeclaredConstructors())
                .anyMatch(c -> c.getParameterCount() == 0 && !Modifier.isPrivate(c.getModifiers()));
    }
}
