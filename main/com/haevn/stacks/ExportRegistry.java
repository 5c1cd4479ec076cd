package com.haevn.stacks;

import com.haevn.stacks.state.StateStorage;
import com.haevn.stacks.state.StateStorage.RemoteStateLocation;
import com.hashicorp.cdktf.DataTerraformRemoteStateS3;
import com.hashicorp.cdktf.DataTerraformRemoteStateS3Config;
import com.hashicorp.cdktf.TerraformOutput;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the stacks of one app have published, and the remote-state lookups that read it. Publishing a value writes
 * one output per component in the producing stack; reading it adds (once per producer) a
 * {@code terraform_remote_state} lookup to the consuming stack, at the location {@link StateStorage} gives, and
 * makes the consumer depend on the producer in the manifest, so deploys run in order.
 */
final class ExportRegistry {

    private record Published(ExportKey<?> key, StackId producer) {
    }

    private final Map<Published, PlatformStack> producers = new LinkedHashMap<>();
    private final Map<String, DataTerraformRemoteStateS3> lookups = new HashMap<>();

    /** The view one stack's layer gets: it may publish its own layer's exports and read what it imports. */
    StackExports forStack(PlatformStack stack) {
        return new StackExports(this, stack);
    }

    <T extends Record> void publish(PlatformStack stack, ExportKey<T> key, T value) {
        Layer layer = stack.spec().layer();
        if (!key.layer().equals(layer.name())) {
            throw new IllegalStateException("layer " + layer.name() + " cannot publish " + key
                    + ": only layer " + key.layer() + " publishes it");
        }
        if (!stack.spec().id().variant().isEmpty()) {
            throw new IllegalStateException(stack.spec().name() + " is a variant stack; only base stacks publish");
        }
        if (producers.putIfAbsent(new Published(key, stack.spec().id()), stack) != null) {
            throw new IllegalStateException(key + " already published by " + stack.spec().name());
        }
        ExportRecords.outputs(value).forEach((name, output) ->
                TerraformOutput.Builder.create(stack, name).value(output).build());
    }

    <T extends Record> T read(PlatformStack consumer, Import<T> imported) {
        StackSpec spec = consumer.spec();
        requireDeclared(spec, imported);
        if (imported.scope().many()) {
            throw new IllegalStateException(spec.layer().name() + " reads " + imported + " with read(); an import of "
                    + "several stacks is read with readAll()");
        }
        StackId producerId = imported.producerFor(spec);
        if (producerId.equals(spec.id())) {
            throw new IllegalStateException(spec.name() + " would read " + imported + " from itself");
        }
        PlatformStack producer = producers.get(new Published(imported.key(), producerId));
        if (producer == null) {
            throw new IllegalStateException("no " + imported.key() + " published by " + producerId + " for "
                    + spec.name() + ": is " + producerId + " in the selection?");
        }
        consumer.addDependency(producer);
        return ExportRecords.read(imported.key().type(), lookup(consumer, producerId));
    }

    /** Every producing stack of a many-stack import that the selection holds, each made a dependency. */
    <T extends Record> List<Produced<T>> readAll(PlatformStack consumer, Import<T> imported) {
        StackSpec spec = consumer.spec();
        requireDeclared(spec, imported);
        if (!imported.scope().many()) {
            throw new IllegalStateException(spec.layer().name() + " reads " + imported + " with readAll(); it names "
                    + "one stack, read it with read()");
        }
        List<Produced<T>> values = new ArrayList<>();
        producers.forEach((published, producer) -> {
            StackSpec producerSpec = producer.spec();
            boolean inScope = imported.scope() == Import.Scope.EVERY_ENVIRONMENT
                    || producerSpec.environment().name().equals(spec.environment().name());
            if (published.key().equals(imported.key()) && inScope) {
                consumer.addDependency(producer);
                values.add(new Produced<>(producerSpec.environment(), producerSpec.region(),
                        ExportRecords.read(imported.key().type(), lookup(consumer, producerSpec))));
            }
        });
        if (values.isEmpty()) {
            throw new IllegalStateException("no " + imported.key() + " published for " + spec.name()
                    + ": are its producers in the selection?");
        }
        return values;
    }

    private static void requireDeclared(StackSpec spec, Import<?> imported) {
        if (!spec.layer().imports().contains(imported)) {
            throw new IllegalStateException("layer " + spec.layer().name() + " reads " + imported
                    + " without declaring it in imports()");
        }
    }

    private DataTerraformRemoteStateS3 lookup(PlatformStack consumer, StackId producer) {
        return lookup(consumer, StateStorage.remoteState(producer, consumer.spec()), producer.name());
    }

    private DataTerraformRemoteStateS3 lookup(PlatformStack consumer, StackSpec producer) {
        RemoteStateLocation location = producer.environment().name().equals(consumer.environment().name())
                ? StateStorage.remoteState(producer.id(), consumer.spec())
                : StateStorage.crossEnvironmentRemoteState(producer);
        return lookup(consumer, location, producer.name());
    }

    private DataTerraformRemoteStateS3 lookup(PlatformStack consumer, RemoteStateLocation location, String producer) {
        return lookups.computeIfAbsent(consumer.spec().name() + "/" + producer, ignored ->
                new DataTerraformRemoteStateS3(consumer, "remote-state-" + producer,
                        DataTerraformRemoteStateS3Config.builder()
                                .bucket(location.bucket())
                                .key(location.key())
                                .region(location.region())
                                .roleArn(location.roleArn())
                                .build()));
    }
}
