/**
 * The {@code review} layer: a per-PR review app in the environment that hosts them (dev), as one variant stack
 * {@code <env>-<region short>-review-pr-<N>} that exists only when a PR number is given.
 */
package com.haevn.layers.review;
