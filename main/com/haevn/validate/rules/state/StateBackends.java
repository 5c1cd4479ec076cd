package com.haevn.validate.rules.state;

import com.haevn.validate.rules.model.Block;
import com.haevn.validate.rules.model.DocumentIndex;

import java.util.List;
import java.util.Optional;

/** The S3 backend of a Terraform JSON input, where its {@code terraform} block declares one. */
final class StateBackends {

    private StateBackends() {
    }

    /** The {@code terraform.backend.s3} block, if any. */
    static Optional<Block> s3(DocumentIndex index) {
        for (Block terraform : index.terraformBlocks()) {
            for (Block backend : terraform.blocks("backend")) {
                List<Block> s3 = backend.blocks("s3");
                if (!s3.isEmpty()) {
                    return Optional.of(s3.get(0));
                }
            }
        }
        return Optional.empty();
    }
}
