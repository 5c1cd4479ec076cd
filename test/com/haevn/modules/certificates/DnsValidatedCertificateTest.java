package com.haevn.modules.certificates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.providers.aws.acm_certificate.AcmCertificate;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The DNS-validated certificate synthesized from its own props. */
class DnsValidatedCertificateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode synth(List<String> hostnames) throws Exception {
        TerraformStack stack = new TerraformStack(Testing.app(), "certificate-test");
        AwsProvider.Builder.create(stack, "aws").region("eu-central-1").build();
        DnsValidatedCertificate certificate = new DnsValidatedCertificate(stack, "certificate",
                CertificateProps.builder().hostnames(hostnames).build());
        TerraformOutput.Builder.create(stack, "names").value(certificate.validationRecordNames()).build();
        TerraformOutput.Builder.create(stack, "values").value(certificate.validationRecordValues()).build();
        return JSON.readTree(Testing.synth(stack));
    }

    @Test
    void should_request_dns_validation_for_every_name_without_waiting_for_it() throws Exception {
        JsonNode synth = synth(List.of("example.org", "*.example.org", "api.example.org"));

        JsonNode certificate = synth.path("resource").path(AcmCertificate.TF_RESOURCE_TYPE).elements().next();
        assertThat(certificate.path("domain_name").asText()).isEqualTo("example.org");
        assertThat(certificate.path("subject_alternative_names")).extracting(JsonNode::asText)
                .containsExactly("*.example.org", "api.example.org");
        assertThat(certificate.path("validation_method").asText()).isEqualTo("DNS");
        assertThat(certificate.path("key_algorithm").asText()).isEqualTo("RSA_2048");
        assertThat(certificate.path("lifecycle").path("create_before_destroy").asBoolean()).isTrue();
        assertThat(synth.path("resource").has("aws_acm_certificate_validation")).as("nothing waits here").isFalse();
        assertThat(synth.path("output").path("names").path("value").asText())
                .matches("\\$\\{aws_acm_certificate\\.[A-Za-z0-9_]+\\.domain_validation_options\\[\\*]\\.resource_record_name}");
        assertThat(synth.path("output").path("values").path("value").asText())
                .endsWith(".domain_validation_options[*].resource_record_value}");
    }

    @Test
    void should_leave_out_alternative_names_for_a_single_name() throws Exception {
        JsonNode certificate = synth(List.of("example.org")).path("resource").path(AcmCertificate.TF_RESOURCE_TYPE)
                .elements().next();
        assertThat(certificate.has("subject_alternative_names")).isFalse();
    }

    @Test
    void should_refuse_names_acm_would_refuse() {
        assertThatThrownBy(() -> CertificateProps.builder().hostnames(List.of("app.*.example.org")).build())
                .hasMessageContaining("a wildcard is allowed only as the whole first label");
        assertThatThrownBy(() -> CertificateProps.builder().hostnames(List.of("Example.org")).build())
                .hasMessageContaining("write it as example.org");
        assertThatThrownBy(() -> CertificateProps.builder().hostnames(List.of("localhost")).build())
                .hasMessageContaining("not a fully qualified name");
        assertThatThrownBy(() -> CertificateProps.builder().hostnames(List.of("a.example.org", "a.example.org")).build())
                .hasMessageContaining("distinct");
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> "h" + i + ".example.org").toList();
        assertThatThrownBy(() -> CertificateProps.builder().hostnames(eleven).build())
                .hasMessageContaining("1 to 10 names");
    }

    @Test
    void should_accept_names_with_inner_hyphens_and_a_leading_wildcard() {
        assertThat(DnsNames.problem("pr-123-dev.haevn.io")).isEmpty();
        assertThat(DnsNames.problem("*.dev.haevn.io")).isEmpty();
        assertThat(DnsNames.problem("-bad.haevn.io")).isPresent();
        assertThat(DnsNames.problem("a".repeat(64) + ".haevn.io")).isPresent();
    }
}
