package com.haevn.modules.cache;

import com.hashicorp.cdktf.providers.aws.elasticache_user.ElasticacheUser;
import com.hashicorp.cdktf.providers.aws.elasticache_user.ElasticacheUserAuthenticationMode;
import com.hashicorp.cdktf.providers.aws.elasticache_user_group.ElasticacheUserGroup;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may connect, without a password anywhere: the {@link CacheUser}s authenticate with IAM (authentication mode
 * {@code iam}, id equal to name, as ElastiCache requires), and the user named {@code default}, which ElastiCache
 * requires in every Redis user group, is one of the stack's own that is switched off (access string
 * {@value #DISABLED_ACCESS}) and needs no password (mode {@code no-password-required}): nobody can authenticate as
 * it, and no password of it exists to reach Terraform state.
 */
public class CacheUsers extends Construct {

    /** Off, and no commands even if it were switched on. */
    public static final String DISABLED_ACCESS = "off -@all";
    static final String ENGINE = "redis";

    private final ElasticacheUserGroup group;
    private final Map<String, ElasticacheUser> users = new LinkedHashMap<>();

    public CacheUsers(Construct scope, String id, RedisClusterProps props) {
        super(scope, id);
        ElasticacheUser disabledDefault = ElasticacheUser.Builder.create(this, "default-user")
                .userId(props.defaultUserId())
                .userName("default")
                .engine(ENGINE)
                .accessString(DISABLED_ACCESS)
                .authenticationMode(ElasticacheUserAuthenticationMode.builder().type("no-password-required").build())
                .build();
        List<String> ids = new ArrayList<>();
        ids.add(disabledDefault.getUserId());
        for (CacheUser spec : props.users()) {
            ElasticacheUser user = ElasticacheUser.Builder.create(this, "user-" + spec.name())
                    .userId(spec.name())
                    .userName(spec.name())
                    .engine(ENGINE)
                    .accessString(spec.accessString())
                    .authenticationMode(ElasticacheUserAuthenticationMode.builder().type("iam").build())
                    .build();
            users.put(spec.name(), user);
            ids.add(user.getUserId());
        }
        group = ElasticacheUserGroup.Builder.create(this, "group")
                .userGroupId(props.userGroupId())
                .engine(ENGINE)
                .userIds(ids)
                .build();
    }

    public ElasticacheUserGroup group() {
        return group;
    }

    /** The IAM-authenticated users by name, in the order of the props. */
    public Map<String, ElasticacheUser> users() {
        return Collections.unmodifiableMap(users);
    }

    /** Their ids (the names), in the order of the props. */
    public List<String> userIds() {
        return users.values().stream().map(ElasticacheUser::getUserId).toList();
    }

    /** Their ARNs, in the order of the props: the resources of the applications' {@code elasticache:Connect}. */
    public List<String> userArns() {
        return users.values().stream().map(ElasticacheUser::getArn).toList();
    }
}
