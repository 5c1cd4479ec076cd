package com.haevn.modules.runtime;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.TerraformLocal;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.eks_addon.EksAddon;
import com.hashicorp.cdktf.providers.aws.eks_cluster.EksCluster;
import com.hashicorp.cdktf.providers.aws.eks_cluster.EksClusterEncryptionConfig;
import com.hashicorp.cdktf.providers.aws.eks_cluster.EksClusterEncryptionConfigProvider;
import com.hashicorp.cdktf.providers.aws.eks_cluster.EksClusterVpcConfig;
import com.hashicorp.cdktf.providers.aws.iam_openid_connect_provider.IamOpenidConnectProvider;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachment;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An EKS cluster ready for workloads, in the given private subnets:
 * <ul>
 *   <li>the API endpoint private, public only for the props' CIDRs (none: off);</li>
 *   <li>Kubernetes secrets envelope-encrypted with its own KMS key; all five control-plane log types to a log group
 *       Terraform creates ({@code /aws/eks/<cluster>/cluster}) with retention and a KMS key CloudWatch Logs of the
 *       region may use for that group only;</li>
 *   <li>IRSA: the cluster's OIDC provider and one role per controller (VPC CNI, EBS CSI driver, AWS Load Balancer
 *       Controller, External Secrets, the observability collector), each trusted by its own service account only;</li>
 *   <li>managed node groups ({@link ManagedNodeGroup}) with a node role that has no more than joining, pulling
 *       images and reading its own node's metadata needs (pod networking uses the VPC CNI's own role);</li>
 *   <li>the core add-ons vpc-cni, kube-proxy, coredns and aws-ebs-csi-driver at pinned versions;</li>
 *   <li>access entries for the props' roles ({@link ClusterAccess}).</li>
 * </ul>
 */
public class KubernetesRuntime extends Construct {

    /** All five control-plane log types. */
    public static final List<String> LOG_TYPES = List.of("api", "audit", "authenticator", "controllerManager",
            "scheduler");
    /** Service accounts of the controllers that get IRSA roles. */
    public static final ServiceAccount VPC_CNI = new ServiceAccount("kube-system", "aws-node");
    public static final ServiceAccount EBS_CSI_DRIVER = new ServiceAccount("kube-system", "ebs-csi-controller-sa");
    public static final ServiceAccount LOAD_BALANCER_CONTROLLER =
            new ServiceAccount("kube-system", "aws-load-balancer-controller");
    public static final ServiceAccount EXTERNAL_SECRETS = new ServiceAccount("external-secrets", "external-secrets");
    public static final ServiceAccount COLLECTOR = new ServiceAccount("observability", "otel-collector");
    /**
     * SHA-1 thumbprint of the root CA of the EKS OIDC issuers' certificates. IAM trusts its own root CA library for
     * EKS issuers and does not check it, but provider 5.23.1 requires a thumbprint list.
     */
    public static final String OIDC_THUMBPRINT = "9e99a48a9960b14926bb7f3b02e22da2b0ab7280";
    private static final String MANAGED = "arn:aws:iam::aws:policy/";

    private final String clusterName;
    private final EksCluster cluster;
    private final ClusterNetwork network;
    private final IamOpenidConnectProvider oidcProvider;
    private final String oidcIssuer;
    /** The issuer as a local value: the trust policies' condition keys stay plain JSON text before Terraform runs. */
    private final String policyIssuer;
    private final Map<ServiceAccount, ServiceAccountRole> serviceAccountRoles = new LinkedHashMap<>();
    private final List<ManagedNodeGroup> nodeGroups = new ArrayList<>();
    private final Map<String, EksAddon> addons = new LinkedHashMap<>();

    public KubernetesRuntime(Construct scope, String id, RuntimeProps props) {
        super(scope, id);
        String name = props.clusterName();
        clusterName = name;
        String account = props.accountId();
        String logGroupName = "/aws/eks/" + name + "/cluster";

        ClusterKeys keys = new ClusterKeys(this, "keys", name, props.region(), account, logGroupName);
        EncryptionKey secretsKey = keys.secrets();
        EncryptionKey logsKey = keys.logs();
        EncryptionKey volumesKey = keys.volumes();

        CloudwatchLogGroup logGroup = CloudwatchLogGroup.Builder.create(this, "log-group")
                .name(logGroupName)
                .retentionInDays(props.logRetentionDays())
                .kmsKeyId(logsKey.arn())
                .build();

        IamRole clusterRole = IamRole.Builder.create(this, "cluster-role")
                .name(name + "-cluster")
                .description("EKS control plane of " + name)
                .assumeRolePolicy(PolicyJson.document(List.of(Map.of(
                        "Sid", "EksControlPlane",
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "eks.amazonaws.com"),
                        "Action", List.of("sts:AssumeRole", "sts:TagSession")))))
                .build();
        IamRolePolicyAttachment clusterPolicy = IamRolePolicyAttachment.Builder.create(this, "cluster-role-policy")
                .role(clusterRole.getName())
                .policyArn(MANAGED + "AmazonEKSClusterPolicy")
                .build();
        IamRolePolicy clusterKeyPolicy = IamRolePolicy.Builder.create(this, "cluster-role-secrets-key")
                .name(name + "-secrets-key")
                .role(clusterRole.getId())
                .policy(PolicyJson.document(List.of(Map.of(
                        "Sid", "EncryptSecrets",
                        "Effect", "Allow",
                        "Action", List.of("kms:Encrypt", "kms:Decrypt", "kms:ListGrants", "kms:DescribeKey"),
                        "Resource", secretsKey.arn()))))
                .build();

        network = new ClusterNetwork(this, "network", name, props.vpcId());
        EksClusterVpcConfig.Builder vpc = EksClusterVpcConfig.builder()
                .subnetIds(props.subnetIds())
                .securityGroupIds(List.of(network.clusterGroup().getId()))
                .endpointPrivateAccess(true)
                .endpointPublicAccess(!props.publicAccessCidrs().isEmpty());
        if (!props.publicAccessCidrs().isEmpty()) {
            vpc.publicAccessCidrs(props.publicAccessCidrs());
        }
        cluster = EksCluster.Builder.create(this, "cluster")
                .name(name)
                .version(props.kubernetesVersion())
                .roleArn(clusterRole.getArn())
                .vpcConfig(vpc.build())
                .encryptionConfig(EksClusterEncryptionConfig.builder()
                        .resources(List.of("secrets"))
                        .provider(EksClusterEncryptionConfigProvider.builder().keyArn(secretsKey.arn()).build())
                        .build())
                .enabledClusterLogTypes(LOG_TYPES)
                .dependsOn(List.of(logGroup, clusterPolicy, clusterKeyPolicy))
                .build();
        new ClusterAccess(this, "access", cluster, props.accessRoles());

        oidcProvider = IamOpenidConnectProvider.Builder.create(this, "oidc-provider")
                .url(cluster.getIdentity().get(0).getOidc().get(0).getIssuer())
                .clientIdList(List.of(ServiceAccountRole.AUDIENCE))
                .thumbprintList(List.of(OIDC_THUMBPRINT))
                .tags(Map.of("Name", name + "-irsa"))
                .build();
        oidcIssuer = Fn.replace(oidcProvider.getUrl(), "https://", "");
        policyIssuer = new TerraformLocal(this, "oidc-issuer", oidcIssuer).getAsString();

        irsa("vpc-cni", VPC_CNI, List.of(MANAGED + "AmazonEKS_CNI_Policy"), List.of());
        irsa("ebs-csi", EBS_CSI_DRIVER, List.of(MANAGED + "service-role/AmazonEBSCSIDriverPolicy"),
                ControllerPolicies.ebsCsiVolumeKey(volumesKey.arn()));
        irsa("lb-controller", LOAD_BALANCER_CONTROLLER, List.of(),
                LoadBalancerControllerPolicy.statements(props.region(), account, name));
        irsa("external-secrets", EXTERNAL_SECRETS, List.of(),
                ControllerPolicies.externalSecrets(props.region(), account, props.externalSecretsPrefix()));
        irsa("collector", COLLECTOR, List.of(), ControllerPolicies.collector());

        IamRole nodeRole = IamRole.Builder.create(this, "node-role")
                .name(name + "-nodes")
                .description("Nodes of EKS cluster " + name)
                .assumeRolePolicy(PolicyJson.document(List.of(Map.of(
                        "Sid", "Ec2Instances",
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "ec2.amazonaws.com"),
                        "Action", "sts:AssumeRole"))))
                .build();
        List<ITerraformDependable> beforeNodes = new ArrayList<>();
        for (String policy : List.of("AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryReadOnly")) {
            beforeNodes.add(IamRolePolicyAttachment.Builder.create(this, "node-role-" + policy)
                    .role(nodeRole.getName())
                    .policyArn(MANAGED + policy)
                    .build());
        }

        AddonVersions versions = props.addonVersions();
        beforeNodes.add(addon("vpc-cni", versions.vpcCni(), serviceAccountRoles.get(VPC_CNI), List.of()));
        beforeNodes.add(addon("kube-proxy", versions.kubeProxy(), null, List.of()));
        ManagedNodeGroup.Cluster shared = new ManagedNodeGroup.Cluster(cluster.getName(), cluster.getVersion(),
                nodeRole.getArn(), props.subnetIds(), network.nodeGroup().getId(), volumesKey.arn(),
                props.alarmTopicArn(), props.instanceTags(), beforeNodes);
        List<ITerraformDependable> groups = new ArrayList<>();
        for (NodeGroupSpec spec : props.nodeGroups()) {
            ManagedNodeGroup group = new ManagedNodeGroup(this, "node-group-" + spec.name(), name, shared, spec);
            nodeGroups.add(group);
            groups.add(group.nodeGroup());
        }
        addon("coredns", versions.coredns(), null, groups);
        addon("aws-ebs-csi-driver", versions.ebsCsiDriver(), serviceAccountRoles.get(EBS_CSI_DRIVER), groups);
    }

    private void irsa(String suffix, ServiceAccount account, List<String> managed, List<Map<String, Object>> policy) {
        serviceAccountRoles.put(account, new ServiceAccountRole(this, "irsa-" + suffix,
                clusterName + "-" + suffix, account, oidcProvider.getArn(), policyIssuer, managed, policy));
    }

    private EksAddon addon(String addonName, String version, ServiceAccountRole role, List<ITerraformDependable> after) {
        EksAddon.Builder addon = EksAddon.Builder.create(this, "addon-" + addonName)
                .clusterName(cluster.getName())
                .addonName(addonName)
                .addonVersion(version)
                .resolveConflictsOnCreate("OVERWRITE")
                .resolveConflictsOnUpdate("OVERWRITE");
        if (role != null) {
            addon.serviceAccountRoleArn(role.arn());
        }
        if (!after.isEmpty()) {
            addon.dependsOn(after);
        }
        EksAddon built = addon.build();
        addons.put(addonName, built);
        return built;
    }

    public EksCluster cluster() {
        return cluster;
    }

    /** The group on the control plane's interfaces: add ingress on 443 here for clients of the private endpoint. */
    public String clusterSecurityGroupId() {
        return network.clusterGroup().getId();
    }

    /** The group on every node: add ingress here for what calls pods (load balancers), and use it as the source of
     * what pods call (databases, caches). */
    public String nodeSecurityGroupId() {
        return network.nodeGroup().getId();
    }

    public String oidcProviderArn() {
        return oidcProvider.getArn();
    }

    /** The OIDC issuer without {@code https://}, as IRSA trust conditions name it. */
    public String oidcIssuer() {
        return oidcIssuer;
    }

    /** The IRSA role of one of the service accounts above. */
    public ServiceAccountRole role(ServiceAccount account) {
        ServiceAccountRole role = serviceAccountRoles.get(account);
        if (role == null) {
            throw new IllegalArgumentException("no IRSA role for " + account.subject());
        }
        return role;
    }

    public List<ManagedNodeGroup> nodeGroups() {
        return List.copyOf(nodeGroups);
    }

    /** The core add-ons by name ({@code vpc-cni}, {@code kube-proxy}, {@code coredns}, {@code aws-ebs-csi-driver}). */
    public Map<String, EksAddon> addons() {
        return Map.copyOf(addons);
    }
}
