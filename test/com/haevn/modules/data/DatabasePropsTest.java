package com.haevn.modules.data;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.TerraformVariable;
import com.hashicorp.cdktf.Testing;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the database props refuse, and the derived names. */
class DatabasePropsTest {

    private static String variable() {
        TerraformStack stack = new TerraformStack(Testing.app(), "props-test");
        return TerraformVariable.Builder.create(stack, "password").type("string").sensitive(true).build()
                .getStringValue();
    }

    @Test
    void should_refuse_a_literal_master_password() {
        assertThatThrownBy(() -> DatabaseTest.props().global(GlobalRole.PRIMARY, "team-core")
                .masterPassword("hunter2-hunter2-hunter2-hunter2").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("masterPassword must be a reference to a sensitive variable, never a literal value");
    }

    @Test
    void should_refuse_a_global_primary_without_a_password() {
        assertThatThrownBy(() -> DatabaseTest.props().global(GlobalRole.PRIMARY, "team-core").build())
                .hasMessageContaining("the primary of a global database needs a masterPassword");
    }

    @Test
    void should_refuse_credentials_on_a_secondary() {
        String password = variable();
        assertThatThrownBy(() -> DatabaseTest.props().global(GlobalRole.SECONDARY, "team-core")
                .masterPassword(password).build())
                .hasMessageContaining("has no credentials of its own");
    }

    @Test
    void should_refuse_an_rds_instance_in_a_global_database() {
        assertThatThrownBy(() -> DatabaseTest.props().engine(new RdsMultiAz("db.m6g.large", 100, 100))
                .global(GlobalRole.SECONDARY, "team-core").build())
                .hasMessageContaining("only Aurora joins a global database");
    }

    @Test
    void should_refuse_capacities_serverless_v2_does_not_accept() {
        assertThatThrownBy(() -> new AuroraServerlessV2(1, new BigDecimal("0.75"), new BigDecimal("4")))
                .hasMessage("capacities must be 0.5..256 ACUs in steps of 0.5, got 0.75..4");
        assertThatThrownBy(() -> new AuroraServerlessV2(1, new BigDecimal("8"), new BigDecimal("4")))
                .hasMessage("minCapacityAcu 8 is above maxCapacityAcu 4");
    }

    @Test
    void should_derive_the_parameter_group_family_from_engine_and_major_version() {
        assertThat(DatabaseTest.props().postgresVersion("15.8").build().parameterGroupFamily())
                .isEqualTo("aurora-postgresql15");
        assertThat(DatabaseTest.props().engine(new RdsMultiAz("db.m6g.large", 100, 100)).build()
                .parameterGroupFamily()).isEqualTo("postgres16");
    }

    @Test
    void should_let_rds_manage_the_password_only_outside_a_global_database_without_one() {
        assertThat(DatabaseTest.props().build().rdsManagedPassword()).isTrue();
        assertThat(DatabaseTest.props().global(GlobalRole.SECONDARY, "team-core").build().rdsManagedPassword())
                .isFalse();
    }
}
