package com.haevn.validate.load;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;

import java.util.List;

/**
 * What loading the inputs gave: the documents that parsed, the findings for those that did not (and for repeated
 * keys), and every file that was looked at.
 */
public record LoadResult(List<LoadedDocument> documents, List<Finding> findings, List<String> files) {
}
