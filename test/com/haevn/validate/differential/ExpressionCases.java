package com.haevn.validate.differential;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The expressions the scanner's differential test gives to terraform and to this validator: hand-written cases of
 * every form HCL allows in a Terraform JSON string (comments, heredocs, nested templates and strings, directives,
 * escapes, splats, for-expressions), and generated ones: each template form around each valid and each dangling
 * reference, and each form broken in the ways that leave a sequence unterminated or mismatched.
 *
 * <p>Every case is a JSON string value placed in a module that declares what {@link #DECLARED} lists; the
 * expressions are typed so that terraform's only possible objections are syntax and references.
 */
final class ExpressionCases {

    /** What the wrapper module declares, for the references below. */
    static final String DECLARED = "variables name (string), flag (bool), names (list(string)), tags (map(string));"
            + " local prefix; resource aws_s3_bucket.b; data aws_region.current; module inner (output id)";

    /** One expression and the class it belongs to, for the figures. */
    record Case(String kind, String json) {
    }

    /** String-valued references that resolve in the wrapper module. */
    private static final List<String> VALID = List.of("var.name", "local.prefix", "aws_s3_bucket.b.arn",
            "aws_s3_bucket.b.bucket_regional_domain_name", "data.aws_region.current.name", "module.inner.id",
            "var.tags[\"team\"]", "var.names[0]", "join(\",\", var.names)", "var.flag");

    /** References that do not resolve: every root terraform knows, and bare words such as a comment's. */
    private static final List<String> DANGLING = List.of("var.nmae", "local.prefx", "aws_s3_bucket.c.arn",
            "data.aws_region.other.name", "module.outer.id", "aws_s3_bucket.b.no_such_attribute", "However",
            "aws_s3_bucket", "data.aws_region", "upper(var.missing)");

    /** Template forms around one string-valued expression R. */
    private static final List<Form> FORMS = List.of(
            new Form("plain", r -> "${" + r + "}"),
            new Form("plain", r -> "prefix-${" + r + "}-suffix"),
            new Form("comment", r -> "${" + r + " # a comment: However, words here are not references\n}"),
            new Form("comment", r -> "${" + r + " // another comment with words\n}"),
            new Form("comment", r -> "${/* a block comment with words */ " + r + "}"),
            new Form("comment", r -> "${\n  # leading comment\n  " + r + "\n}"),
            new Form("comment", r -> "${[\n  # a comment\n  for n in var.names : \"${n}-${" + r + "}\" // another\n]}"),
            new Form("comment", r -> "${{\n  # a comment in an object\n  key = " + r + " /* trailing */\n}}"),
            new Form("heredoc", r -> "${<<-EOT\n  hello ${" + r + "}\n  EOT\n}"),
            new Form("heredoc", r -> "${<<EOT\nhello ${" + r + "} and \"quotes\" and # not a comment\nEOT\n}"),
            new Form("heredoc", r -> "${trimspace(<<-EOT\n    %{ if var.flag }${" + r + "}%{ endif }\n    EOT\n)}"),
            new Form("heredoc", r -> "${<<-EOT\n  nested ${\"q-${" + r + "}\"}\n  EOT\n}"),
            new Form("nested", r -> "${\"a-${" + r + "}-b\"}"),
            new Form("nested", r -> "${upper(\"${lower(\"${" + r + "}\")}\")}"),
            new Form("nested", r -> "${\"escaped \\\" quote ${" + r + "}\"}"),
            new Form("directive", r -> "%{ if var.flag }${" + r + "}%{ else }off%{ endif }"),
            new Form("directive", r -> "%{~ for n in var.names ~}${n}=${" + r + "} %{~ endfor ~}"),
            new Form("directive", r -> "%{ for k, v in var.tags }${k}:${v}:${" + r + "}%{ endfor }"),
            new Form("escape", r -> "$${" + r + "} is literal, ${" + r + "} is not"),
            new Form("escape", r -> "%%{ if nothing } literal ${" + r + "}"),
            new Form("for", r -> "${join(\",\", [for n in var.names : \"${n}${" + r + "}\" if n != \"\"])}"),
            new Form("for", r -> "${jsonencode({for k, v in var.tags : k => \"${v}-${" + r + "}\"})}"),
            new Form("splat", r -> "${join(\",\", concat(aws_s3_bucket.b[*].arn, [" + r + "]))}"),
            new Form("conditional", r -> "${var.flag ? " + r + " : \"off\"}"),
            new Form("object", r -> "${jsonencode({ key = " + r + ", \"quoted\" = 1, other : 2 })}"));

    /** Ways to break a form: each leaves a sequence unterminated or mismatched. */
    private static final List<Breakage> BREAKAGES = List.of(
            new Breakage("unterminated-interpolation", t -> t.endsWith("}") ? t.substring(0, t.length() - 1) : null),
            new Breakage("comment-hides-brace", t -> t.startsWith("${") && t.endsWith("}")
                    ? t.substring(0, t.length() - 1) + " # the brace is in the comment}" : null),
            new Breakage("unclosed-block-comment", t -> t.startsWith("${") ? "${/* never closed " + t.substring(2)
                    : null),
            new Breakage("unclosed-bracket", t -> t.startsWith("${") && t.endsWith("}")
                    ? "${[" + t.substring(2) : null));

    private ExpressionCases() {
    }

    static List<Case> all() {
        Set<Case> cases = new LinkedHashSet<>(handWritten());
        for (Form form : FORMS) {
            for (String reference : VALID) {
                cases.add(new Case(form.kind(), form.render().apply(reference)));
            }
            for (String reference : DANGLING) {
                cases.add(new Case(form.kind() + " (dangling)", form.render().apply(reference)));
            }
            for (Breakage breakage : BREAKAGES) {
                String broken = breakage.apply().apply(form.render().apply(VALID.get(0)));
                if (broken != null) {
                    cases.add(new Case("invalid: " + breakage.name(), broken));
                }
            }
        }
        return new ArrayList<>(cases);
    }

    private static List<Case> handWritten() {
        List<Case> cases = new ArrayList<>();
        // the issue's examples
        add(cases, "${[\n  # a comment\n  for n in var.names : n // another\n]}");
        add(cases, "${<<-EOT\n  hello ${var.flag}\n  EOT\n}");
        // forms that already read right and must stay so
        add(cases, "no interpolation at all");
        add(cases, "100% { not a directive");
        add(cases, "$${aws_s3_bucket.nope.arn} %%{ if x }");
        add(cases, "${aws_s3_bucket.b[*].arn}");
        add(cases, "${aws_s3_bucket.b.*.arn}");
        add(cases, "${[for s in var.names : upper(s) if s != \"\"]}");
        add(cases, "${{for k, v in var.tags : k => upper(v)}}");
        add(cases, "${{for k, v in var.tags : k => v...}}");
        add(cases, "${provider::aws::arn_parse(aws_s3_bucket.b.arn).region}");
        add(cases, "${~ var.name ~}");
        add(cases, "${\nvar.name\n}");
        add(cases, "${<<EOT\nindented marker still closes\n    EOT\n}");
        add(cases, "${<<-EOT\n  ${<<-INNER\n    deep ${var.name}\n    INNER\n  }\n  EOT\n}");
        add(cases, "${<<EOT\nEOT is not alone: EOT\nEOT\n}");
        add(cases, "${var.flag ? \"a}b\" : \"{\"}");
        add(cases, "${\"#not-a-comment ${var.name} //nor this\"}");
        add(cases, "${try(var.tags[\"a\"], \"/* not a comment */\")}");
        add(cases, "${[for i, n in var.names : \"${i}${n}\"][0]}");
        add(cases, "${length(var.names) > 2 ? var.names[1] : \"\"}");
        add(cases, "${lookup({a = aws_s3_bucket.b.arn, b = \"x\"}, \"a\")}");
        add(cases, "${[for n in var.names : {name = n, arn = aws_s3_bucket.b.arn}][0].name}");
        add(cases, "%{ for n in var.names }%{ if n == var.name }${n}%{ endif }%{ endfor }");
        add(cases, "${/* one */ var.name /* two */}");
        add(cases, "${var.name # comment at the end\n}");
        add(cases, "${var.name // comment at the end\n}");
        add(cases, "${merge(var.tags, {\n  # set the team\n  team = var.name\n})}");
        add(cases, "${jsonencode([\n  for n in var.names : {\n    # each name\n    name = n\n  }\n])}");
        // dangling references inside comment-bearing expressions: still caught
        add(cases, "${[\n  # a comment\n  for n in var.names : nope // another\n]}");
        add(cases, "${var.nope # a comment\n}");
        add(cases, "${/* comment */ local.nope}");
        add(cases, "${<<-EOT\n  hello ${var.nope}\n  EOT\n}");
        add(cases, "${[for n in var.names : n]} ${n}");
        add(cases, "%{ for n in var.names }${n}%{ endfor }${n}");
        add(cases, "${{for k, v in var.tags : k => v}} ${v}");
        // broken syntax: unterminated or mismatched
        add(cases, "${var.name");
        add(cases, "${var.name # the brace is in the comment}");
        add(cases, "${var.name // the brace is in the comment}");
        add(cases, "${var.name /* never closed }");
        add(cases, "${<<EOT\nhello\nEOT}");
        add(cases, "${<<EOT hello\nEOT\n}");
        add(cases, "${<<-EOT\n  never closed\n}");
        add(cases, "${\"quoted\nover lines\"}");
        add(cases, "${\"never closed}");
        add(cases, "${[var.name}");
        add(cases, "${(var.name}");
        add(cases, "${var.name]}");
        add(cases, "%{ if var.flag }on");
        add(cases, "%{ endif }");
        add(cases, "%{ for n in var.names }${n}%{ endif }");
        add(cases, "%{ bogus }");
        add(cases, "%{ if var.flag }a%{ else }b%{ endif }");
        add(cases, "${\"${var.name\"}");
        add(cases, "${}");
        add(cases, "${ /* only a comment */ }");
        add(cases, "%{ if }x%{ endif }");
        add(cases, "%{ for n in }x%{ endfor }");
        return cases;
    }

    /** A hand-written case; terraform decides whether it is valid, and this validator must agree. */
    private static void add(List<Case> cases, String json) {
        cases.add(new Case("hand-written", json));
    }

    private record Form(String kind, UnaryOperator<String> render) {
    }

    private record Breakage(String name, UnaryOperator<String> apply) {
    }
}
