/**
 * The report formats: text, JSON, SARIF 2.1.0 and Markdown renderings of a validation result.
 */
package com.haevn.validate.report;
