#!/usr/bin/env bash
# The application release's traffic steps on the front door (the release owns the forward rule's
# weights; Terraform ignores them). State lives in one SSM parameter per environment and region, a
# JSON document the next release and the drift check read:
#   {"rule_arn": "...", "target_groups": {"blue": "ARN", "green": "ARN"},
#    "alarms": {"blue": ["NAME", ...], "green": [...]}, "live": "blue",
#    "weights": {"blue": 100, "green": 0}, "previous": {"live": "green", "weights": {...}},
#    "digests": {"blue": "sha256:...", "green": "sha256:..."}}
#
# Usage: release-weights.sh COMMAND [ARG]
#   idle              print the idle colour (the one a release deploys to)
#   canary PERCENT    record the idle colour's new digest (env DIGEST) and send it PERCENT of traffic
#   bake MINUTES      watch the idle colour's alarms; on ALARM restore the previous weights and exit 1
#   promote           send 100 % to the idle colour: it becomes live (previous stays the weights before the canary)
#   rollback          restore the weights recorded before the last change (one run, well under 10 minutes)
#   env PARAMETER     the SSM parameter's name, e.g. /haevn/prod/us-east-1/frontdoor/release
#   env BAKE_POLL_SECONDS  seconds between alarm checks (default 30)
# Uses the AWS CLI with the credentials of the release role.
set -euo pipefail

: "${PARAMETER:?PARAMETER must name the SSM parameter holding the release state}"
command="${1:-}"

state() { aws ssm get-parameter --name "$PARAMETER" --query Parameter.Value --output text; }
save() { aws ssm put-parameter --name "$PARAMETER" --type String --overwrite --value "$1" >/dev/null; }
other() { [[ "$1" == blue ]] && echo green || echo blue; }

apply_weights() { # state JSON with .weights set: points the forward rule at them
  local doc="$1" rule blue green wb wg
  rule="$(jq -r '.rule_arn' <<<"$doc")"
  blue="$(jq -r '.target_groups.blue' <<<"$doc")"
  green="$(jq -r '.target_groups.green' <<<"$doc")"
  wb="$(jq -r '.weights.blue' <<<"$doc")"
  wg="$(jq -r '.weights.green' <<<"$doc")"
  aws elbv2 modify-rule --rule-arn "$rule" --actions \
    "Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=${blue},Weight=${wb}},{TargetGroupArn=${green},Weight=${wg}}]}" >/dev/null
  echo "Front door weights: blue ${wb}, green ${wg}"
}

current="$(state)"
if ! jq -e '.rule_arn and .target_groups.blue and .target_groups.green and .live and .weights' >/dev/null <<<"$current"; then
  echo "release-weights: ${PARAMETER} does not hold the release state (rule_arn, target_groups, live, weights): ${current:0:200}" >&2
  exit 2
fi
live="$(jq -r '.live' <<<"$current")"
idle="$(other "$live")"

case "$command" in
  idle)
    echo "$idle" ;;
  canary)
    percent="${2:?canary needs a PERCENT}"
    [[ "$percent" =~ ^[0-9]+$ && "$percent" -ge 1 && "$percent" -le 99 ]] || { echo "release-weights: canary PERCENT must be 1-99, got ${percent}" >&2; exit 2; }
    : "${DIGEST:?DIGEST must be the image digest deployed to the idle colour}"
    next="$(jq -c --arg idle "$idle" --arg live "$live" --argjson p "$percent" --arg digest "$DIGEST" \
      '.previous = {live: .live, weights: .weights} | .weights[$idle] = $p | .weights[$live] = (100 - $p) | .digests[$idle] = $digest' <<<"$current")"
    apply_weights "$next"
    save "$next"
    echo "Canary: ${idle} (${DIGEST}) takes ${percent} %." ;;
  bake)
    minutes="${2:?bake needs MINUTES}"
    poll="${BAKE_POLL_SECONDS:-30}"
    mapfile -t alarms < <(jq -r --arg idle "$idle" '.alarms[$idle][]?' <<<"$current")
    if [[ ${#alarms[@]} -eq 0 ]]; then
      echo "release-weights: no alarms recorded for ${idle} in ${PARAMETER}: a bake without alarms proves nothing" >&2
      exit 2
    fi
    deadline=$(( $(date +%s) + minutes * 60 ))
    while :; do
      firing="$(aws cloudwatch describe-alarms --alarm-names "${alarms[@]}" --state-value ALARM \
        --query 'MetricAlarms[].AlarmName' --output text)"
      if [[ -n "${firing// /}" && "$firing" != None ]]; then
        restored="$(jq -c '.weights = .previous.weights | .live = .previous.live' <<<"$current")"
        apply_weights "$restored"
        save "$restored"
        echo "::error title=Release rolled back::alarm(s) ${firing} fired during the bake of ${idle}: the previous weights are back." >&2
        exit 1
      fi
      [[ $(date +%s) -ge $deadline ]] && break
      sleep "$poll"
    done
    echo "Bake passed: no alarm of ${idle} fired in ${minutes} minute(s) (${alarms[*]})." ;;
  promote)
    next="$(jq -c --arg idle "$idle" --arg live "$live" \
      '.weights[$idle] = 100 | .weights[$live] = 0 | .live = $idle' <<<"$current")"
    apply_weights "$next"
    save "$next"
    echo "Promoted: ${idle} is live at 100 %." ;;
  rollback)
    if ! jq -e '.previous.weights' >/dev/null <<<"$current"; then
      echo "release-weights: ${PARAMETER} records no previous weights to roll back to" >&2
      exit 2
    fi
    restored="$(jq -c '.previous as $p | .previous = {live: .live, weights: .weights} | .weights = $p.weights | .live = $p.live' <<<"$current")"
    apply_weights "$restored"
    save "$restored"
    echo "Rolled back: $(jq -r '.live' <<<"$restored") is live again." ;;
  *)
    echo "usage: release-weights.sh idle | canary PERCENT | bake MINUTES | promote | rollback" >&2
    exit 2 ;;
esac
