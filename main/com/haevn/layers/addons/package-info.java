/**
 * The {@code addons} layer: per environment and region, the Helm releases every cluster runs (the AWS Load Balancer
 * Controller binding the front door's target groups, External Secrets, the OpenTelemetry collector exporting to
 * Grafana Cloud), and the settings of the dev review apps.
 */
package com.haevn.layers.addons;
