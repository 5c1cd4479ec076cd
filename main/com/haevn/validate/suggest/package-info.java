/**
 * Did-you-mean suggestions for misspelt names.
 */
package com.haevn.validate.suggest;
