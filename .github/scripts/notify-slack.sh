#!/usr/bin/env bash
# Change-control item 4: posts a deploy's outcome to #infra-alerts, where an SRE verifies it.
# Prints the message and skips (exit 0) when no webhook is configured, so forks and fresh clones of
# the repository are not broken by a missing secret; a configured webhook that fails is an error.
#
# Usage: notify-slack.sh ENVIRONMENT BUILD_RESULT DEPLOY_RESULT VERIFY_RESULT
#   *_RESULT  GitHub job results: success | failure | cancelled | skipped
#   env SLACK_WEBHOOK_URL (optional), GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID,
#       GITHUB_SHA, GITHUB_REF_NAME, GITHUB_ACTOR
set -euo pipefail

environment="${1:?environment name required}"
build_result="${2:?build job result required}"
deploy_result="${3:?deploy job result required}"
verify_result="${4:?verify job result required}"

run_url="${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY:-}/actions/runs/${GITHUB_RUN_ID:-}"
if [[ "$build_result" == "success" && "$deploy_result" == "success" && "$verify_result" == "success" ]]; then
  headline=":white_check_mark: ${environment} deploy succeeded and post-deploy checks passed"
else
  headline=":rotating_light: ${environment} deploy needs attention: build ${build_result}, deploy ${deploy_result}, post-deploy checks ${verify_result}"
fi
text="${headline}
Ref: ${GITHUB_REF_NAME:-?} (${GITHUB_SHA:0:12}) by ${GITHUB_ACTOR:-?}
Run: ${run_url}
SRE on duty: verify the change and react here (change-control checklist item 4)."

echo "$text"
if [[ -z "${SLACK_WEBHOOK_URL:-}" ]]; then
  echo "::notice title=Slack notification skipped::No SLACK_INFRA_ALERTS_WEBHOOK secret is set, so nothing was posted to #infra-alerts. Set the secret to enable it (docs/ci.md)."
  exit 0
fi
jq -n --arg text "$text" '{text: $text}' |
  curl --fail --silent --show-error --max-time 30 -H 'Content-Type: application/json' --data @- "$SLACK_WEBHOOK_URL" >/dev/null
echo "Posted to #infra-alerts."
