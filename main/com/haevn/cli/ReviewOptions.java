package com.haevn.cli;

import com.haevn.environment.Environment;
import com.haevn.environment.Environments;
import com.haevn.layers.review.ReviewLayer;
import com.haevn.layers.review.ReviewRequest;
import com.haevn.stacks.StackMatrix;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.List;

/**
 * {@code --review-pr N --image-tag TAG}: adds the review stack of PR N to the matrix (docs/review-apps.md). Both
 * default to the environment variables {@value #PR_VARIABLE} and {@value #TAG_VARIABLE}, which is how
 * {@code cdktf synth} (no options of its own) is told. Bad values are usage errors (exit 2) before anything runs.
 */
public final class ReviewOptions {

    public static final String PR_VARIABLE = "HAEVN_REVIEW_PR";
    public static final String TAG_VARIABLE = "HAEVN_IMAGE_TAG";

    @Option(names = "--review-pr", paramLabel = "N", defaultValue = "${env:" + PR_VARIABLE + "}",
            converter = PrNumber.class,
            description = "Add the review app of this PR (a positive integer) as the stack <env>-<region>-review-pr-N"
                    + " of the environment hosting review apps (dev). Default: $" + PR_VARIABLE + ".")
    Long pr;

    @Option(names = "--image-tag", paramLabel = "TAG", defaultValue = "${env:" + TAG_VARIABLE + "}",
            converter = ImageTag.class,
            description = "The application image's tag the review app runs (Docker's tag grammar); needed with"
                    + " --review-pr. Default: $" + TAG_VARIABLE + ".")
    String imageTag;

    /** The matrix with the review stack when a PR is given, else the matrix itself, unchanged. */
    StackMatrix apply(StackMatrix matrix, Environments environments) {
        if (pr == null) {
            if (imageTag != null) {
                throw new StackMatrix.SelectionException("--image-tag (or " + TAG_VARIABLE + ") is given without "
                        + "--review-pr (or " + PR_VARIABLE + "); give both for a review app, or neither");
            }
            return matrix;
        }
        if (imageTag == null) {
            throw new StackMatrix.SelectionException("--review-pr " + pr + " needs --image-tag TAG (or "
                    + TAG_VARIABLE + "): the tag of the application image the review app runs");
        }
        List<Environment> hosts = environments.all().stream().filter(ReviewLayer::hostsReviewApps).toList();
        if (hosts.size() != 1) {
            throw new StackMatrix.SelectionException("review apps need exactly one environment with "
                    + "addons.review_apps, found " + hosts.stream().map(Environment::name).toList());
        }
        ReviewRequest request = new ReviewRequest(pr, imageTag);
        return matrix.withVariant(new ReviewLayer(request), hosts.get(0), request.variant());
    }

    /** Converts {@code --review-pr}. */
    static final class PrNumber implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return ReviewRequest.parsePr(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Converts {@code --image-tag}. */
    static final class ImageTag implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return ReviewRequest.parseImageTag(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
