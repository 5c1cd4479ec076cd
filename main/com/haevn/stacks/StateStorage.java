package com.haevn.stacks;

import com.haevn.environment.Environment;
import com.hashicorp.cdktf.S3BackendConfig;

/**
 * Where each stack keeps its Terraform state, and where another stack reads it from: the environment's state bucket
 * (one key per stack), locked through its DynamoDB table, encrypted.
 */
final class StateStorage {

    private StateStorage() {
    }

    /** The S3 backend of a stack whose state is remote. */
    static S3BackendConfig backend(StackSpec stack) {
        Environment environment = stack.environment();
        return S3BackendConfig.builder()
                .bucket(environment.stateBucketName())
                .key(environment.stateKey(stack.name()))
                .region(environment.primaryRegion().region().name())
                .dynamodbTable(environment.lockTableName())
                .encrypt(true)
                .build();
    }

    /**
     * Where {@code consumer} reads the state of {@code producer}.
     *
     * @return the bucket and region of the copy to read, with the producer's key
     */
    static RemoteStateLocation remoteState(StackId producer, StackSpec consumer) {
        Environment environment = consumer.environment();
        return new RemoteStateLocation(environment.stateBucketName(), environment.stateKey(producer.name()),
                environment.primaryRegion().region().name());
    }

    /** The bucket, key and region of one remote-state read. */
    record RemoteStateLocation(String bucket, String key, String region) {
    }
}
