package vn.tdc.portal.security;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SessionLoginTest {

    @Test
    void should_reach_another_node_as_it_was_kept() throws Exception {
        // given the login an officer made on one node
        SessionLogin login = new SessionLogin("canbo.phananh", Set.of("OFFICER", "EDITOR"));

        // when the session is serialized there and read on another node
        Object copy = roundTrip(login);

        // then
        assertThat(copy).isEqualTo(login);
        assertThat(((SessionLogin) copy).groups()).containsExactlyInAnyOrder("OFFICER", "EDITOR");
    }

    @Test
    void should_keep_its_own_copy_of_the_groups() {
        // given
        Set<String> groups = new HashSet<>(Set.of("OFFICER"));
        SessionLogin login = new SessionLogin("canbo.phananh", groups);

        // when
        groups.add("ADMIN");

        // then
        assertThat(login.groups()).containsExactly("OFFICER");
    }

    @Test
    void should_find_no_login_without_a_session() {
        assertThat(SessionLogin.of(null)).isNull();
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
