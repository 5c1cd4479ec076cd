/**
 * The add-ons of one EKS cluster, released with Helm from pinned charts with values typed in Java: the AWS Load
 * Balancer Controller binding the front door's target groups, External Secrets with a cluster secret store on
 * Secrets Manager, and an OpenTelemetry collector exporting to Grafana Cloud; and the Helm and Kubernetes providers
 * that reach the cluster with short-lived tokens.
 */
package com.haevn.modules.addons;
