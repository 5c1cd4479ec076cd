/**
 * The disaster-recovery check: per asset of the RPO/RTO table an input holds, the cross-region replication
 * mechanism found and whether its documented figures meet the asset's targets (HVN-DR-*).
 */
package com.haevn.validate.dr;
