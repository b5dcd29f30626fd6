package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The shipped META-INF/persistence.xml is what Payara needs, and lists exactly the adapter's entities. */
class PersistenceUnitDescriptorTest {

    @Test
    void theUnitIsTheJtaUnitTheBootstrapExpects() throws Exception {
        Element unit = unit();

        assertThat(unit.getAttribute("name")).isEqualTo(PersistenceUnit.NAME).isEqualTo("parley");
        assertThat(unit.getAttribute("transaction-type")).isEqualTo("JTA");
        assertThat(text(unit, "provider")).isEqualTo("org.hibernate.jpa.HibernatePersistenceProvider");
        assertThat(text(unit, "jta-data-source")).isEqualTo(PersistenceUnit.JTA_DATA_SOURCE).isEqualTo("java:app/jdbc/parley");
        assertThat(text(unit, "exclude-unlisted-classes")).isEqualTo("true");
        assertThat(properties(unit))
                .containsEntry("hibernate.transaction.jta.platform",
                        "org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform")
                .containsEntry("hibernate.enhancer.enableDirtyTracking", "false")
                .containsEntry("hibernate.enhancer.enableLazyInitialization", "false")
                .containsEntry("jakarta.persistence.schema-generation.database.action", "none")
                .containsEntry("hibernate.hbm2ddl.auto", "none")
                .containsEntry("hibernate.show_sql", "false")
                .containsEntry("hibernate.format_sql", "false")
                .containsEntry("hibernate.use_sql_comments", "false");
    }

    @Test
    void theClassListIsExactlyTheEntitiesOfTheAdapterAndNoneOfThemIsPublic() throws Exception {
        NodeList classes = unit().getElementsByTagName("class");
        List<String> listed = new java.util.ArrayList<>();
        for (int i = 0; i < classes.getLength(); i++) {
            listed.add(classes.item(i).getTextContent().trim());
        }

        assertThat(listed).containsExactlyInAnyOrderElementsOf(entityClassesOnDisk());
        for (String name : listed) {
            Class<?> c = Class.forName(name);
            assertThat(Modifier.isPublic(c.getModifiers())).as(name + " is public").isFalse();
        }
        assertThat(Modifier.isPublic(RoomMapper.class.getModifiers())).isFalse();
        assertThat(Modifier.isPublic(ParticipantMapper.class.getModifiers())).isFalse();
        assertThat(Modifier.isPublic(ApiKeyMapper.class.getModifiers())).isFalse();
        assertThat(Modifier.isPublic(RevocationKeys.class.getModifiers())).isFalse();
        assertThat(Modifier.isPublic(SealedSecretMapper.class.getModifiers())).isFalse();
        assertThat(Modifier.isPublic(RoomKeyMapper.class.getModifiers())).isFalse();
        assertThat(Modifier.isPublic(Base64Column.class.getModifiers())).isFalse();
    }

    /** Every class of the adapter's main output annotated {@code @Entity}. */
    private static List<String> entityClassesOnDisk() throws URISyntaxException, IOException {
        URL anchor = SchemaMigrator.class.getResource("SchemaMigrator.class");
        Path dir = Paths.get(anchor.toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> SchemaMigrator.class.getPackageName() + "." + n.substring(0, n.length() - 6))
                    .filter(n -> {
                        try {
                            return Class.forName(n).isAnnotationPresent(Entity.class);
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
    }

    private static Element unit() throws Exception {
        List<URL> descriptors = Collections.list(SchemaMigrator.class.getClassLoader().getResources("META-INF/persistence.xml"));
        assertThat(descriptors).as("persistence.xml on the class path").hasSize(1);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = descriptors.get(0).openStream()) {
            Document doc = f.newDocumentBuilder().parse(in);
            NodeList units = doc.getElementsByTagName("persistence-unit");
            assertThat(units.getLength()).isEqualTo(1);
            return (Element) units.item(0);
        }
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        assertThat(nodes.getLength()).as(tag).isEqualTo(1);
        return nodes.item(0).getTextContent().trim();
    }

    private static Map<String, String> properties(Element unit) {
        Map<String, String> out = new HashMap<>();
        NodeList props = unit.getElementsByTagName("property");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            out.put(p.getAttribute("name"), p.getAttribute("value"));
        }
        return out;
    }
}
