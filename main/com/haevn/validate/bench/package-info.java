/**
 * The benchmark driver behind {@code bench/validate}: timings and memory of the validator on real and generated
 * stacks.
 */
package com.haevn.validate.bench;
