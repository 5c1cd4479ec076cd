package com.haevn.validate.refs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExpressionScannerTest {

    private static List<String> refs(String template) {
        return ExpressionScanner.scanTemplate(template).references().stream().map(Reference::text).toList();
    }

    @Test
    void should_find_traversals_in_interpolations_only() {
        assertThat(refs("plain text var.x")).isEmpty();
        assertThat(refs("a-${var.x}-${aws_s3_bucket.b.arn}")).containsExactly("var.x", "aws_s3_bucket.b.arn");
    }

    @Test
    void should_skip_functions_keys_keywords_literals_and_for_bindings() {
        assertThat(refs("${upper(var.x)}")).containsExactly("var.x");
        assertThat(refs("${{name = local.n}}")).containsExactly("local.n");
        assertThat(refs("${true ? null : 1.5e3}")).isEmpty();
        assertThat(refs("$${var.literal}")).isEmpty();
        assertThat(refs("${[for s in var.list : s.id if s.ok]}")).containsExactly("var.list");
        assertThat(refs("${\"x-${var.inner}\"}")).containsExactly("var.inner");
    }

    @Test
    void should_drop_index_and_splat_steps_from_names() {
        List<Reference> found = ExpressionScanner.scanTemplate("${aws_subnet.a[count.index].id}${aws_subnet.b[*].id}")
                .references();

        assertThat(found).extracting(Reference::names).containsExactlyInAnyOrder(
                List.of("aws_subnet", "a", "id"), List.of("count", "index"), List.of("aws_subnet", "b", "id"));
    }

    @Test
    void should_flag_an_unterminated_interpolation() {
        assertThat(ExpressionScanner.scanTemplate("${var.x").unterminated()).isTrue();
        assertThat(ExpressionScanner.scanTemplate("${var.x}").unterminated()).isFalse();
    }
}
