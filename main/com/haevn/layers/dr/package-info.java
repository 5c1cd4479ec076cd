/**
 * The {@code dr} layer: per environment and region, the nightly AWS Backup plan over the data layer's databases
 * (copied to another region in staging and production) and the AWS FIS "AZ-Gone" experiment template.
 */
package com.haevn.layers.dr;
