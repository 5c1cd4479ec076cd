package com.haevn.modules.dr;

import com.haevn.modules.iam.PolicyJson;
import com.haevn.modules.validation.NewerProviderResource;
import com.hashicorp.cdktf.TerraformResource;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.scheduler_schedule.SchedulerSchedule;
import com.hashicorp.cdktf.providers.aws.scheduler_schedule.SchedulerScheduleFlexibleTimeWindow;
import com.hashicorp.cdktf.providers.aws.scheduler_schedule.SchedulerScheduleTarget;
import com.hashicorp.cdktf.providers.aws.sfn_state_machine.SfnStateMachine;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly game day, run by itself: an EventBridge Scheduler schedule starts a Step Functions state machine that
 * starts the synthetic load as a Kubernetes Job in the cluster ({@code eks:runJob}, not waiting for it), waits the
 * load's warm-up, then starts the AZ-Gone experiment ({@code fis:startExperiment}); the experiment's own stop
 * conditions end it early on the front door's alarms. Least privilege: the scheduler may only start this state
 * machine; the state machine may only describe its cluster and start experiments from its template, and in
 * Kubernetes it may only edit the load's namespace (an EKS access entry scoped to it).
 *
 * <p>The EKS access entry resources are newer than the 5.23.1 provider bindings: they are plain
 * {@link TerraformResource}s checked by the pinned provider in the offline plan, and the validator is told why.
 */
public class GameDaySchedule extends Construct {

    static final String EDIT_POLICY = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy";

    private final SfnStateMachine stateMachine;
    private final SchedulerSchedule schedule;

    public GameDaySchedule(Construct scope, String id, GameDayScheduleProps props) {
        super(scope, id);
        String account = props.accountId();
        String clusterArn = "arn:aws:eks:" + props.region() + ":" + account + ":cluster/" + props.clusterName();
        String templateArn = "arn:aws:fis:" + props.region() + ":" + account + ":experiment-template/"
                + props.experimentTemplateId();
        String experiments = "arn:aws:fis:" + props.region() + ":" + account + ":experiment/*";

        IamRole machineRole = role("machine-role", props.name() + "-run", "states.amazonaws.com",
                "Runs the game day of " + props.name() + ": the load job, then the experiment", account);
        IamRolePolicy.Builder.create(this, "machine-policy")
                .name("game-day")
                .role(machineRole.getId())
                .policy(PolicyJson.document(List.of(
                        Map.of("Sid", "FindTheCluster", "Effect", "Allow", "Action", "eks:DescribeCluster",
                                "Resource", clusterArn),
                        Map.of("Sid", "StartTheExperiment", "Effect", "Allow",
                                "Action", List.of("fis:StartExperiment", "fis:TagResource"),
                                "Resource", List.of(templateArn, experiments)))))
                .build();
        grantNamespace(props, machineRole);

        stateMachine = SfnStateMachine.Builder.create(this, "state-machine")
                .name(props.name())
                .roleArn(machineRole.getArn())
                .definition(PolicyJson.render(definition(props)))
                .build();

        IamRole schedulerRole = role("scheduler-role", props.name() + "-schedule", "scheduler.amazonaws.com",
                "Starts the game day state machine " + props.name() + " and nothing else", account);
        IamRolePolicy.Builder.create(this, "scheduler-policy")
                .name("start-game-day")
                .role(schedulerRole.getId())
                .policy(PolicyJson.document(List.of(Map.of("Effect", "Allow", "Action", "states:StartExecution",
                        "Resource", stateMachine.getArn()))))
                .build();
        schedule = SchedulerSchedule.Builder.create(this, "schedule")
                .name(props.name())
                .description("Monthly AZ-Gone game day with synthetic load (docs/dr.md)")
                .scheduleExpression(props.scheduleExpression())
                .scheduleExpressionTimezone("UTC")
                .state(props.enabled() ? "ENABLED" : "DISABLED")
                .flexibleTimeWindow(SchedulerScheduleFlexibleTimeWindow.builder().mode("OFF").build())
                .target(SchedulerScheduleTarget.builder()
                        .arn(stateMachine.getArn())
                        .roleArn(schedulerRole.getArn())
                        .build())
                .build();
    }

    /** Start the load (without waiting), wait the warm-up, start the experiment with a fresh client token. */
    static Map<String, Object> definition(GameDayScheduleProps props) {
        SyntheticLoad load = props.load();
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("name", "load");
        container.put("image", load.image());
        container.put("args", load.args());
        // what the namespace's restricted pod security level demands of every container
        container.put("securityContext", Map.of(
                "allowPrivilegeEscalation", false,
                "runAsNonRoot", true,
                "capabilities", Map.of("drop", List.of("ALL")),
                "seccompProfile", Map.of("type", "RuntimeDefault")));
        Map<String, Object> job = Map.of(
                "apiVersion", "batch/v1",
                "kind", "Job",
                "metadata", Map.of("generateName", "synthetic-load-",
                        "labels", Map.of("app.kubernetes.io/name", "synthetic-load")),
                "spec", Map.of(
                        "backoffLimit", 0,
                        "activeDeadlineSeconds", load.runMinutes() * 60,
                        "ttlSecondsAfterFinished", 7 * 24 * 3600,
                        "template", Map.of("spec", Map.of("restartPolicy", "Never",
                                "containers", List.of(container)))));
        return Map.of(
                "Comment", "AZ-Gone game day with synthetic load: " + props.name(),
                "StartAt", "StartSyntheticLoad",
                "States", Map.of(
                        "StartSyntheticLoad", Map.of(
                                "Type", "Task",
                                "Resource", "arn:aws:states:::eks:runJob",
                                "Parameters", Map.of(
                                        "ClusterName", props.clusterName(),
                                        "Endpoint", props.clusterEndpoint(),
                                        "CertificateAuthority", props.clusterCertificateAuthority(),
                                        "Namespace", load.namespace(),
                                        "Job", job),
                                "Next", "WarmUp"),
                        "WarmUp", Map.of("Type", "Wait", "Seconds", load.warmUpMinutes() * 60,
                                "Next", "StartExperiment"),
                        "StartExperiment", Map.of(
                                "Type", "Task",
                                "Resource", "arn:aws:states:::aws-sdk:fis:startExperiment",
                                "Parameters", Map.of("ExperimentTemplateId", props.experimentTemplateId(),
                                        "ClientToken.$", "States.UUID()"),
                                "End", true)));
    }

    private IamRole role(String id, String name, String service, String description, String account) {
        return IamRole.Builder.create(this, id)
                .name(name)
                .description(description)
                .assumeRolePolicy(PolicyJson.document(List.of(Map.of(
                        "Effect", "Allow",
                        "Principal", Map.of("Service", service),
                        "Action", "sts:AssumeRole",
                        "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", account))))))
                .build();
    }

    /** Kubernetes access for the state machine's role: edit, in the load's namespace only. */
    private void grantNamespace(GameDayScheduleProps props, IamRole role) {
        TerraformResource entry = NewerProviderResource.create(this, "access-entry", "aws_eks_access_entry");
        entry.addOverride("cluster_name", props.clusterName());
        entry.addOverride("principal_arn", role.getArn());
        entry.addOverride("type", "STANDARD");
        TerraformResource association = NewerProviderResource.create(this, "access-policy",
                "aws_eks_access_policy_association");
        association.addOverride("cluster_name", props.clusterName());
        association.addOverride("principal_arn", entry.interpolationForAttribute("principal_arn"));
        association.addOverride("policy_arn", EDIT_POLICY);
        association.addOverride("access_scope", Map.of("type", "namespace",
                "namespaces", List.of(props.load().namespace())));
    }


    public SfnStateMachine stateMachine() {
        return stateMachine;
    }

    public SchedulerSchedule schedule() {
        return schedule;
    }
}
