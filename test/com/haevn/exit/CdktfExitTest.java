package com.haevn.exit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, the way off CDKTF (docs/leaving-cdktf.md): what a team keeps after leaving CDKTF must not need it. The
 * validator, the plan report, the cost estimate and the environment model import nothing from CDKTF, the provider
 * bindings, jsii or constructs; from the construct library only plain value classes that themselves need none of
 * these (the environment model parses CIDRs with {@code com.haevn.modules.network.Cidr}). A package that does not
 * exist yet is held to the rule from its first file.
 */
class CdktfExitTest {

    /** The packages that must outlive CDKTF. */
    static final List<Path> CDKTF_FREE = List.of(
            Path.of("main/com/haevn/validate"),
            Path.of("main/com/haevn/report"),
            Path.of("main/com/haevn/cost"),
            Path.of("main/com/haevn/environment"));

    private static final Pattern CDKTF_USE = Pattern.compile(
            "^\\s*import\\s+(static\\s+)?(com\\.hashicorp\\.|software\\.constructs\\.|software\\.amazon\\.jsii\\.)",
            Pattern.MULTILINE);
    private static final Pattern LIBRARY_USE = Pattern.compile(
            "^\\s*import\\s+(?:static\\s+)?(com\\.haevn\\.modules\\.[\\w.]*?\\.[A-Z]\\w*)", Pattern.MULTILINE);

    @Test
    void should_import_nothing_from_cdktf_its_bindings_or_the_constructs() throws IOException {
        List<String> offending = new ArrayList<>();
        int files = 0;
        for (Path root : CDKTF_FREE) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> sources = Files.walk(root)) {
                for (Path file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                    files++;
                    offending.addAll(cdktfUses(file, new HashSet<>()));
                }
            }
        }
        assertThat(files).as("the validator and environment model exist").isGreaterThan(100);
        assertThat(offending).as("CDKTF imports where the exit needs none").isEmpty();
    }

    /** The CDKTF imports of {@code file} and of the construct library's classes it imports, transitively. */
    private static List<String> cdktfUses(Path file, Set<Path> seen) throws IOException {
        List<String> uses = new ArrayList<>();
        if (!seen.add(file)) {
            return uses;
        }
        String source = Files.readString(file, StandardCharsets.UTF_8);
        CDKTF_USE.matcher(source).results().forEach(m -> uses.add(file + ": " + m.group().strip()));
        for (String library : LIBRARY_USE.matcher(source).results().map(m -> m.group(1)).toList()) {
            Path imported = Path.of("modules", library.replace('.', '/') + ".java");
            if (!Files.isRegularFile(imported)) {
                uses.add(file + ": imports " + library + ", which is not a class of modules/");
            } else {
                cdktfUses(imported, seen).forEach(use -> uses.add(file + " -> " + use));
            }
        }
        return uses;
    }

    @Test
    void should_follow_imports_into_the_construct_library() throws IOException {
        assertThat(cdktfUses(Path.of("main/com/haevn/environment/RegionsReader.java"), new HashSet<>())).isEmpty();
        assertThat(cdktfUses(Path.of("main/com/haevn/layers/network/NetworkLayer.java"), new HashSet<>()))
                .anySatisfy(use -> assertThat(use).contains("-> modules/com/haevn/modules/network/Network.java: import"));
    }

    @Test
    void should_see_each_kind_of_cdktf_import() {
        for (String use : List.of("import com.hashicorp.cdktf.App;",
                "import com.hashicorp.cdktf.providers.aws.vpc.Vpc;",
                "import software.constructs.Construct;",
                "import static software.amazon.jsii.JsiiObject.x;")) {
            assertThat(CDKTF_USE.matcher("package com.haevn.cost;\n" + use + "\n").find()).as(use).isTrue();
        }
        assertThat(CDKTF_USE.matcher("package com.haevn.cost;\nimport com.haevn.validate.Validator;\n").find()).isFalse();
    }
}
