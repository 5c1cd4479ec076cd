package com.haevn.terraform;

import com.haevn.stacks.PlatformStack;
import com.haevn.synth.DependencyLock;
import com.haevn.synth.SynthResult;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed dependency lock pins the AWS provider release the stacks require, and synth puts it, unchanged, into
 * every stack folder, where {@code terraform init} reads it.
 */
class DependencyLockTest {

    private static final Path REPOSITORY_LOCK = Path.of(DependencyLock.FILE_NAME);
    private static final Pattern AWS_ENTRY = Pattern.compile(
            "provider \"[^\"]+/hashicorp/aws\" \\{\\s*version\\s*=\\s*\"([^\"]+)\"\\s*constraints\\s*=\\s*\"([^\"]+)\""
                    + "\\s*hashes\\s*=\\s*\\[\\s*\"(h1:[^\"]+)\"");

    @Test
    void should_lock_exactly_the_pinned_aws_provider_with_its_checksum() throws Exception {
        Matcher entry = AWS_ENTRY.matcher(Files.readString(REPOSITORY_LOCK));

        assertThat(entry.find()).as("an entry for hashicorp/aws in " + REPOSITORY_LOCK).isTrue();
        assertThat(entry.group(1)).isEqualTo(PlatformStack.AWS_PROVIDER_CONSTRAINT);
        assertThat(entry.group(2)).as("the constraint the stacks declare")
                .isEqualTo(PlatformStack.AWS_PROVIDER_CONSTRAINT);
        assertThat(entry.group(3)).matches("h1:[A-Za-z0-9+/]{43}=");
    }

    @Test
    void should_put_the_lock_into_every_synthesized_stack_folder() throws Exception {
        SynthResult synth = SynthesizedPlatform.get();
        byte[] lock = Files.readAllBytes(REPOSITORY_LOCK);

        assertThat(synth.resourcesByStack()).isNotEmpty();
        for (String stack : synth.resourcesByStack().keySet()) {
            Path copied = synth.stackFile(stack).resolveSibling(DependencyLock.FILE_NAME);
            assertThat(copied).as(stack).exists();
            assertThat(Files.readAllBytes(copied)).as(stack + " has the repository's lock, byte for byte")
                    .isEqualTo(lock);
            assertThat(SynthesizedPlatform.stack(stack).path("terraform").path("required_providers").path("aws")
                    .path("version").asText()).as(stack + " requires the locked release").isEqualTo(
                    PlatformStack.AWS_PROVIDER_CONSTRAINT);
        }
    }
}
