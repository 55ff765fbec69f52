package vn.tdc.portal.platform.web;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tdc.portal.report.web.ReportInboxPage;

import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal runs on several nodes that share HTTP sessions (the WAR is {@code <distributable/>}, Payara keeps the
 * sessions in its Hazelcast grid): whatever a session holds — view, session and conversation scoped beans and what
 * their fields hold, transitively — must be serializable, and an injected service must be a field that is serialized
 * (a normal-scoped bean's client proxy), not a {@code transient} one that would be null on the next node.
 */
class SessionStateSerializableTest {

    private static final String PORTAL = "vn.tdc.portal.";

    @Test
    void should_find_the_beans_a_session_holds() throws Exception {
        // when
        List<Class<?>> beans = sessionHeldBeans();

        // then
        assertThat(beans).contains(ReportInboxPage.class).hasSizeGreaterThan(10);
    }

    @Test
    void should_hold_only_serializable_state_in_view_session_and_conversation_scoped_beans() throws Exception {
        // given
        List<String> problems = new ArrayList<>();

        // when
        for (Class<?> bean : sessionHeldBeans()) {
            checkClass(bean, bean.getSimpleName(), new HashSet<>(), problems);
        }

        // then
        assertThat(problems).isEmpty();
    }

    @Test
    void should_never_make_an_injected_service_of_a_session_held_bean_transient() throws Exception {
        // given
        List<String> transientServices = new ArrayList<>();

        // when
        for (Class<?> bean : sessionHeldBeans()) {
            for (Field field : bean.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class) && Modifier.isTransient(field.getModifiers())) {
                    transientServices.add(bean.getSimpleName() + "." + field.getName());
                }
            }
        }

        // then
        assertThat(transientServices).isEmpty();
    }

    private static void checkClass(Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (!type.isPrimitive() && !type.isInterface() && !Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        if (!type.getName().startsWith(PORTAL)) {
            return;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith(PORTAL); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                if (field.isAnnotationPresent(Inject.class)) {
                    if (!isNormalScoped(field.getType()) && !field.getType().isInterface()) {
                        problems.add(path + "." + field.getName() + ": injected " + field.getType().getName()
                                + " is not a normal-scoped bean (no serializable client proxy)");
                    }
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", seen, problems);
            } else if (c.isInterface() && !isContainer(c) && !Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": interface " + c.getName() + " is not Serializable");
            } else {
                checkClass(c, path, seen, problems);
            }
        } else if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == Optional.class) {
                problems.add(path + ": Optional is not Serializable");
                return;
            }
            checkType(raw, path, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, seen, problems);
            }
        } else if (!(type instanceof TypeVariable<?>)) {
            problems.add(path + ": cannot check " + type);
        }
    }

    /** Collections and maps: the implementations the portal puts in them (JDK lists, maps, sets) are serializable. */
    private static boolean isContainer(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    private static boolean isNormalScoped(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(NormalScope.class)) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> sessionHeldBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ReportInboxPage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                        || type.isAnnotationPresent(ConversationScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
