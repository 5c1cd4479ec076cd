package com.haevn.layers;

import com.haevn.environment.EnvironmentReference;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** environments/README.md is the rendering of the core keys and every registered layer's section. */
class EnvironmentReferenceTest {

    private static final Path DOC = Path.of("environments/README.md");

    @Test
    void should_keep_environments_readme_in_sync_with_the_layers_sections() throws IOException {
        String rendered = EnvironmentReference.render(Layers.sections(Layers.ALL));
        if (Boolean.getBoolean("haevn.updateEnvironmentDoc")) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("environments/README.md differs from the layers' sections; run this test with"
                        + " -Dhaevn.updateEnvironmentDoc=true")
                .isEqualTo(rendered);
    }

    @Test
    void should_document_every_key_of_every_section() {
        String rendered = EnvironmentReference.render(Layers.sections(Layers.ALL));

        Layers.sections(Layers.ALL).forEach(section -> section.keys().forEach(key ->
                assertThat(rendered).as(section.key() + "." + key).contains("`" + section.key() + "." + key)));
    }
}
