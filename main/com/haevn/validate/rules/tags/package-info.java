/**
 * The cost-allocation tag guardrail and which resource types take tags (HVN-TAG-*).
 */
package com.haevn.validate.rules.tags;
