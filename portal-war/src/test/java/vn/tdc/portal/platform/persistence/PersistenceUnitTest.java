package vn.tdc.portal.platform.persistence;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The persistence unit's settings that keep the portal's memory bounded under load. */
class PersistenceUnitTest {

    @Test
    void should_not_let_eclipselink_read_identity_keys_with_generated_keys_which_leaks_statements() throws Exception {
        // given
        Map<String, String> properties = properties();

        // then EclipseLink 4.0.7 on MySQL uses SELECT LAST_INSERT_ID() and closes every INSERT statement
        assertThat(properties).containsEntry("eclipselink.target-database", "MySQL")
                .containsEntry("eclipselink.target-database-properties", "supportsReturnGeneratedKeys=false");
    }

    private static Map<String, String> properties() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "property");
            Map<String, String> properties = new HashMap<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element property = (Element) nodes.item(i);
                properties.put(property.getAttribute("name"), property.getAttribute("value"));
            }
            return properties;
        }
    }
}
