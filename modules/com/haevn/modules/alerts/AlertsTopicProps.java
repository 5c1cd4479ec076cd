package com.haevn.modules.alerts;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of an {@link AlertsTopic}. Build with {@link #builder()}.
 *
 * @param name          the topic's name, e.g. {@code haevn-prod-alerts}
 * @param accountId     the account whose CloudWatch alarms, EventBridge rules and budgets may publish
 * @param subscriptions HTTPS endpoints that receive every alert (chat integration, paging); may be empty
 */
public record AlertsTopicProps(String name, String accountId, List<Subscription> subscriptions) {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    /**
     * One receiver of the topic's messages.
     *
     * @param name          what it is, for the subscription's construct id, e.g. {@code infra-alerts}
     * @param endpoint      an {@code https://} URL
     * @param autoConfirms  whether the endpoint confirms the subscription by itself (paging services do); otherwise
     *                      it stays pending until confirmed
     */
    public record Subscription(String name, String endpoint, boolean autoConfirms) {
        public Subscription {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(endpoint, "endpoint");
            if (!endpoint.startsWith("https://")) {
                throw new IllegalArgumentException("alert subscriptions deliver over HTTPS only, got " + endpoint);
            }
        }
    }

    public AlertsTopicProps {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accountId, "accountId");
        if (!ACCOUNT.matcher(accountId).matches()) {
            throw new IllegalArgumentException("accountId must be 12 digits, got " + accountId);
        }
        subscriptions = List.copyOf(subscriptions);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link AlertsTopicProps}. */
    public static final class Builder {
        private String name;
        private String accountId;
        private List<Subscription> subscriptions = List.of();

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder subscriptions(List<Subscription> subscriptions) {
            this.subscriptions = subscriptions;
            return this;
        }

        public AlertsTopicProps build() {
            return new AlertsTopicProps(name, accountId, subscriptions);
        }
    }
}
