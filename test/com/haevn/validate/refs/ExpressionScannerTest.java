package com.haevn.validate.refs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExpressionScannerTest {

    private static List<String> refs(String template) {
        ExpressionScanner.Result result = ExpressionScanner.scanTemplate(template);
        assertThat(result.problem()).as("problem in %s", template).isNull();
        return result.references().stream().map(Reference::text).toList();
    }

    private static String problem(String template) {
        return ExpressionScanner.scanTemplate(template).problem();
    }

    @Test
    void should_find_traversals_in_interpolations_only() {
        assertThat(refs("plain text var.x")).isEmpty();
        assertThat(refs("a-${var.x}-${aws_s3_bucket.b.arn}")).containsExactly("var.x", "aws_s3_bucket.b.arn");
    }

    @Test
    void should_skip_functions_keys_keywords_literals_and_for_bindings() {
        assertThat(refs("${upper(var.x)}")).containsExactly("var.x");
        assertThat(refs("${{name = local.n, other : local.o}}")).containsExactly("local.n", "local.o");
        assertThat(refs("${true ? null : 1.5e3}")).isEmpty();
        assertThat(refs("$${var.literal} %%{ if x }")).isEmpty();
        assertThat(refs("${[for s in var.list : s.id if s.ok]}")).containsExactly("var.list");
        assertThat(refs("${\"x-${var.inner}\"}")).containsExactly("var.inner");
        assertThat(refs("${upper(\"x\").attribute} ${[var.a][0].b}")).containsExactly("var.a");
    }

    @Test
    void should_not_read_comments_as_references() {
        // GIVEN the issue's local value: a for-expression with # and // comments
        assertThat(refs("${[\n  # a comment\n  for n in var.names : n // another\n]}")).containsExactly("var.names");
        assertThat(refs("${/* However, words */ var.x # more words\n}")).containsExactly("var.x");
        assertThat(refs("${\"# and // in a string are text ${var.y}\"}")).containsExactly("var.y");
    }

    @Test
    void should_read_heredoc_bodies_as_templates() {
        assertThat(refs("${<<-EOT\n  hello ${var.flag}\n  EOT\n}")).containsExactly("var.flag");
        assertThat(refs("${<<EOT\n\"quotes\" and # are text, EOT too\n  EOT\n}")).isEmpty();
        assertThat(refs("${<<-A\n  ${<<-B\n    deep ${var.d}\n    B\n  }\n  A\n}")).containsExactly("var.d");
    }

    @Test
    void should_bind_for_names_only_inside_their_expression_or_directive() {
        assertThat(refs("${[for n in var.names : n]} ${n}")).containsExactly("var.names", "n");
        assertThat(refs("%{ for k, v in var.tags }${k}=${v}%{ endfor }${v}")).containsExactly("var.tags", "v");
        assertThat(refs("%{ if var.on }${var.a}%{ else }${var.b}%{ endif }")).containsExactly("var.on", "var.a",
                "var.b");
    }

    @Test
    void should_drop_index_and_splat_steps_from_names() {
        List<Reference> found = ExpressionScanner.scanTemplate("${aws_subnet.a[count.index].id}${aws_subnet.b[*].id}")
                .references();

        assertThat(found).extracting(Reference::names).containsExactlyInAnyOrder(
                List.of("aws_subnet", "a", "id"), List.of("count", "index"), List.of("aws_subnet", "b", "id"));
    }

    @Test
    void should_name_every_unterminated_or_mismatched_sequence() {
        assertThat(problem("${var.x}")).isNull();
        assertThat(problem("${var.x")).contains("\"${\" at character 1 has no closing \"}\"");
        assertThat(problem("${var.x # the brace is in the comment}")).contains("comment at character 9 runs to the end");
        assertThat(problem("${var.x /* c }")).contains("\"/*\" at character 9 has no closing \"*/\"");
        assertThat(problem("${<<EOT\nhello\nEOT}")).contains("heredoc at character 3 has no closing line \"EOT\"");
        assertThat(problem("${<<EOT hello\nEOT\n}")).contains("does not start a heredoc");
        assertThat(problem("${\"a\nb\"}")).contains("runs over a line break");
        assertThat(problem("${[var.x}")).contains("unexpected \"}\" at character 9 (the \"[\" at character 3");
        assertThat(problem("%{ if var.x }a")).contains("%{if} at character 1 has no %{endif}");
        assertThat(problem("%{ endfor }")).contains("%{endfor} at character 1 has no %{for} before it");
        assertThat(problem("%{ bogus }")).contains("\"bogus\" at character 1 is not a template directive");
        assertThat(problem("${[for n var.x : n]}")).contains("has no \"in\"");
        assertThat(problem("a ${ /* nothing */ }")).contains("\"${\" at character 3 holds no expression");
        assertThat(problem("${" + "(".repeat(500) + "}")).contains("levels deep");
    }

    @Test
    void should_report_no_references_of_a_string_that_does_not_scan() {
        assertThat(ExpressionScanner.scanTemplate("${var.a} ${var.b").references()).isEmpty();
    }

    @Test
    void should_scan_a_whole_string_as_one_expression_for_depends_on() {
        assertThat(ExpressionScanner.scanExpression("aws_vpc.main").references()).extracting(Reference::text)
                .containsExactly("aws_vpc.main");
        assertThat(ExpressionScanner.scanExpression("aws_vpc.main]").problem()).contains("unexpected \"]\"");
    }
}
