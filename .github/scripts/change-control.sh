#!/usr/bin/env bash
# Change control on the pull request's plans: runs `haevn validate` on every plan JSON, so that a plan
# destroying or replacing a stateful resource (database, bucket, cache, table, secret, cluster, KMS key)
# fails the check unless the pull request description allows that exact address with a reason, on a line
#
#   allow-destroy: ADDRESS=REASON        e.g.  allow-destroy: aws_sqs_queue.old=drained, replaced by orders_v2
#
# The same validation also holds the planned values to the platform's guardrails.
#
# Usage: change-control.sh PLANS_DIR REPORT_FILE
#   PLANS_DIR    holds one folder per stack with plan.json (terraform show -json)
#   REPORT_FILE  the Markdown report to write (for the pull request comment)
#   env PR_BODY  the pull request description
# Exits with haevn validate's status: 0 accepted, 1 findings, 2 bad input.
set -euo pipefail

plans_dir="${1:-}"
report="${2:-}"
if [[ -z "$plans_dir" || -z "$report" ]]; then
  echo "usage: change-control.sh PLANS_DIR REPORT_FILE" >&2
  exit 2
fi

mapfile -t plans < <(find "$plans_dir" -name plan.json | sort)
if [[ ${#plans[@]} -eq 0 ]]; then
  printf '%s\n' '<!-- haevn-change-control -->' '### Change control' '' 'No plan to check.' >"$report"
  echo "No plan JSON under $plans_dir: nothing to check."
  exit 0
fi

allow=()
while IFS= read -r line; do
  allow+=(--allow-destroy "$line")
done < <(printf '%s\n' "${PR_BODY:-}" | tr -d '\r' | sed -n 's/^[[:space:]]*allow-destroy:[[:space:]]*//p')

echo "Checking ${#plans[@]} plan(s); ${#allow[@]} allow-destroy argument(s) from the pull request description."
set +e
./haevn validate "${plans[@]}" "${allow[@]}" --format markdown --output "$report"
status=$?
set -e
if [[ -f "$report" ]]; then
  { echo '<!-- haevn-change-control -->'; echo '### Change control (plans)'; echo; cat "$report"; } >"$report.tmp"
  mv "$report.tmp" "$report"
fi
exit "$status"
