package com.haevn.stacks;

import com.haevn.stacks.state.StateStorage;
import com.haevn.stacks.state.StateStorage.RemoteStateLocation;
import com.hashicorp.cdktf.DataTerraformRemoteStateS3;
import com.hashicorp.cdktf.DataTerraformRemoteStateS3Config;
import com.hashicorp.cdktf.TerraformOutput;

import java.util.HashMap;
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

    private final Map<Published, PlatformStack> producers = new HashMap<>();
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
        if (!spec.layer().imports().contains(imported)) {
            throw new IllegalStateException("layer " + spec.layer().name() + " reads " + imported
                    + " without declaring it in imports()");
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

    private DataTerraformRemoteStateS3 lookup(PlatformStack consumer, StackId producer) {
        return lookups.computeIfAbsent(consumer.spec().name() + "/" + producer.name(), ignored -> {
            RemoteStateLocation location = StateStorage.remoteState(producer, consumer.spec());
            return new DataTerraformRemoteStateS3(consumer, "remote-state-" + producer.name(),
                    DataTerraformRemoteStateS3Config.builder()
                            .bucket(location.bucket())
                            .key(location.key())
                            .region(location.region())
                            .build());
        });
    }
}
