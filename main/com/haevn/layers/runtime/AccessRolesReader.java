package com.haevn.layers.runtime;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.modules.runtime.AccessRole;
import com.haevn.modules.runtime.EksAccessPolicy;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static com.haevn.layers.runtime.SectionValues.uniqueName;

/** Reads {@code runtime.access_roles}: unique names, IAM role ARNs (each once) and EKS access policies. */
final class AccessRolesReader {

    static final List<String> KEYS = List.of("name", "role_arn", "access_policy");
    /** The access policies by the name they are written with. */
    static final Map<String, EksAccessPolicy> POLICIES = policies();
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private AccessRolesReader() {
    }

    /** The access roles of {@code list}, or empty when anything was reported (through {@code section}). */
    static Optional<List<AccessRole>> read(SequenceNode list, MappingReader section) {
        List<AccessRole> roles = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> arns = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < list.getValue().size(); i++) {
            Optional<AccessRole> role = accessRole(section, list.getValue().get(i), "access_roles[" + i + "]", names,
                    arns);
            valid &= role.isPresent();
            role.ifPresent(roles::add);
        }
        return valid ? Optional.of(roles) : Optional.empty();
    }

    private static Optional<AccessRole> accessRole(MappingReader section, Node node, String path, Set<String> names,
                                                   Set<String> arns) {
        Optional<MappingReader> entry = section.mappingAt(node, path, KEYS);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        MappingReader role = entry.get();
        Optional<Located<String>> name = role.string("name").filter(n -> uniqueName(n, NAME, role, names,
                "access role", "40", "platform-admins"));
        Optional<Located<String>> arn = role.string("role_arn").filter(a -> roleArn(a, role, arns));
        Optional<Located<EksAccessPolicy>> policy = role.choice("access_policy", "an EKS access policy",
                POLICIES);
        if (name.isEmpty() || arn.isEmpty() || policy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AccessRole(name.get().value(), arn.get().value(), policy.get().value()));
    }

    private static boolean roleArn(Located<String> arn, MappingReader role, Set<String> arns) {
        if (!AccessRole.ROLE_ARN.matcher(arn.value()).matches()) {
            role.report(arn, "\"" + arn.value() + "\" is not an IAM role ARN; write arn:aws:iam::ACCOUNT:role/NAME, "
                    + "e.g. arn:aws:iam::123456789012:role/platform-admins");
            return false;
        }
        if (!arns.add(arn.value())) {
            role.report(arn, arn.value() + " is listed twice; a role has one access entry, give it the widest "
                    + "policy it needs");
            return false;
        }
        return true;
    }

    private static Map<String, EksAccessPolicy> policies() {
        Map<String, EksAccessPolicy> policies = new LinkedHashMap<>();
        for (EksAccessPolicy policy : EksAccessPolicy.values()) {
            policies.put(policy.policyName(), policy);
        }
        return policies;
    }
}
