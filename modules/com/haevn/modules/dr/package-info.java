/**
 * Disaster recovery of one environment and region: an AWS Backup vault (customer-managed key, vault lock) with a
 * nightly plan over the tagged databases, copied into a vault in another region that this stack owns through that
 * region's provider; the AWS FIS "AZ-Gone" experiment that takes one availability zone away; and the monthly
 * schedule that starts synthetic load and then the experiment.
 */
package com.haevn.modules.dr;
