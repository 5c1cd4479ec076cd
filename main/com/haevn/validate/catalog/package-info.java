/**
 * The rule catalog: every rule the validator reports, with id, severity, title, rationale and fix
 * ({@link com.haevn.validate.catalog.RuleCatalog}); the language checks' rules as typed constants
 * ({@link com.haevn.validate.catalog.LanguageRules}); and the rendering of docs/rules.md.
 */
package com.haevn.validate.catalog;
