package com.haevn.terraform.plan;

import java.util.Set;

/**
 * One {@code data.terraform_remote_state} block of a consumer stack and what it reads.
 *
 * @param dataName      the block's name ({@code data.terraform_remote_state.<dataName>})
 * @param producerStack the stack whose state it reads, from the state key {@code <stack>/terraform.tfstate}
 * @param outputs       the producer's outputs the consumer reads, sorted; empty when it reads the whole outputs object
 */
public record RemoteStateRead(String dataName, String producerStack, Set<String> outputs) {

    public RemoteStateRead {
        outputs = Set.copyOf(outputs);
    }

    /** Whether the consumer uses {@code outputs} as a whole, so every output of the producer must be there. */
    public boolean readsAllOutputs() {
        return outputs.isEmpty();
    }
}
