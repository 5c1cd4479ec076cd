/**
 * What rules read of one input, whichever kind it is: resources with their attributes and nested blocks, known,
 * unknown or absent values, links between resources, effective tags, from Terraform JSON or a plan.
 */
package com.haevn.validate.rules.model;
