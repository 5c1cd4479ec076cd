package com.haevn.tfmodules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * How one construct becomes a plain Terraform module: its inputs (one per construct setting, or the setting is
 * {@link #leftOut() left out} with a reason), the placeholder values it is synthesized with and the expressions that
 * replace them, and the outputs.
 */
public interface ModuleRecipe {

    /** The module's folder name under {@code dist/modules/}, e.g. {@code network}. */
    String name();

    /** What the module creates, for its README: one paragraph. */
    String summary();

    /** The settings records of the construct: each component is an input or left out. */
    List<Class<? extends Record>> propsRecords();

    /** Every construct setting the module takes, {@code Record.component} to the input's name. */
    Map<String, String> propInputs();

    /** The settings the module does not take, with the reason. */
    List<LeftOut> leftOut();

    List<ModuleInput> inputs();

    /** The value of every input the module is synthesized with: each is a placeholder of {@link #substitutions()}. */
    Map<String, Object> placeholders();

    List<Substitution> substitutions();

    /**
     * Builds the construct in {@code stack}, with the id {@link ConstructSynthesizer#ROOT}, from the inputs' values (every input present, defaults applied; a null
     * default is null) and returns the outputs.
     */
    List<ModuleOutput> build(Construct stack, ModuleValues values);

    /** The inputs {@link #adjust} expresses, whose placeholders need no substitution (enums and booleans). */
    default java.util.Set<String> adjustedInputs() {
        return java.util.Set.of();
    }

    /**
     * Turns what the construct decides at synth time into Terraform ({@code count}, conditionals) after the
     * placeholders are replaced and the resources renamed. Default: nothing to turn.
     */
    default void adjust(ObjectNode module) {
    }

    /** Example inputs: the README's usage example, also planned by the tests. The required ones at least. */
    Map<String, Object> example();
}
