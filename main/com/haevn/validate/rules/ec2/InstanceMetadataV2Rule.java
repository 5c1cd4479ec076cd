package com.haevn.validate.rules.ec2;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-EC2-001: launch templates and instances require IMDSv2 session tokens. */
public final class InstanceMetadataV2Rule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-EC2-001", Severity.ERROR,
            "Launch templates and instances require IMDSv2 (metadata_options.http_tokens = \"required\")",
            "IMDSv1 answers any request from the node, so one server-side request forgery in a pod yields the "
                    + "node role's credentials; IMDSv2 tokens block that.",
            "Set metadata_options { http_tokens = \"required\", http_put_response_hop_limit = 2 } (2 lets pods "
                    + "that need it reach IMDS through the node).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected List<String> types() {
        return List.of("aws_launch_template", "aws_instance");
    }

    @Override
    protected List<Finding> check(Resource resource, RuleContext context) {
        Attr tokens = resource.attr("metadata_options.http_tokens");
        if (tokens.isUnknown() || tokens.text().filter("required"::equals).isPresent()) {
            return List.of();
        }
        return List.of(context.finding(INFO, resource, tokens, resource.address()
                + " has metadata_options.http_tokens " + tokens.display() + ", expected \"required\""));
    }
}
