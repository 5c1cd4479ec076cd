/**
 * An EKS cluster with what it needs to run workloads: KMS-encrypted secrets and control-plane logs, a private API
 * endpoint, IRSA roles for the cluster's controllers, managed node groups on hardened launch templates, pinned core
 * add-ons and access entries for the operators' IAM roles.
 */
package com.haevn.modules.runtime;
