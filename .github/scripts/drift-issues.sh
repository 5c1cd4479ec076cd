#!/usr/bin/env bash
# Nightly drift: one GitHub issue per drifting stack, from `haevn plan-report --format json` of the
# nightly plans. A stack with drift gets its issue opened, or updated when one is open; an open issue
# whose stack no longer drifts is closed. The release-owned front door weights are not drift (the
# report leaves them out). Issues are found by title "Drift: STACK" and the label `drift`.
#
# Usage: drift-issues.sh REPORT_JSON [RUN_URL]
#   env GH_TOKEN (issues: write), GITHUB_REPOSITORY
set -euo pipefail

report="${1:-}"
run_url="${2:-}"
if [[ -z "$report" || ! -r "$report" ]] || ! jq -e '.stacks | type == "array"' "$report" >/dev/null 2>&1; then
  echo "usage: drift-issues.sh REPORT_JSON [RUN_URL] (a haevn plan-report --format json report; got '${report}')" >&2
  exit 2
fi
: "${GITHUB_REPOSITORY:?GITHUB_REPOSITORY must name the repository (owner/name)}"
readonly LABEL="drift"

open_issue() { # number of the open drift issue of a stack, or nothing
  gh issue list --repo "$GITHUB_REPOSITORY" --label "$LABEL" --state open --search "\"Drift: $1\" in:title" \
    --json number,title --jq ".[] | select(.title == \"Drift: $1\") | .number" | head -n 1
}

body_of() { # the drift section of one stack, as Markdown
  jq -r --arg s "$1" --arg run "$run_url" '
    .stacks[] | select(.stack == $s) |
    "Objects of `\(.stack)` changed outside Terraform (nightly plan\(if $run != "" then ", [run](" + $run + ")" else "" end)).\n\n" +
    ([.drift[] | "- `\(.address)`: \(if .kind == "delete" then "deleted" else "changed" end) outside Terraform" +
      ([.attributes[] | "\n  - `\(.path)`: \(.before) → \(.after)"] | join(""))] | join("\n")) +
    "\n\nApply the configuration again (deploy) or change it to match; this issue closes by itself when the drift is gone."' "$report"
}

while IFS=$'\t' read -r stack drift; do
  number="$(open_issue "$stack")"
  if [[ "$drift" -gt 0 ]]; then
    body="$(body_of "$stack")"
    if [[ -n "$number" ]]; then
      gh issue edit "$number" --repo "$GITHUB_REPOSITORY" --body "$body" >/dev/null
      echo "${stack}: drift (${drift}), issue #${number} updated."
    else
      gh issue create --repo "$GITHUB_REPOSITORY" --title "Drift: $stack" --label "$LABEL" --body "$body" >/dev/null
      echo "${stack}: drift (${drift}), issue opened."
    fi
  elif [[ -n "$number" ]]; then
    gh issue close "$number" --repo "$GITHUB_REPOSITORY" --comment "No drift in the nightly plan${run_url:+ (${run_url})}: closing." >/dev/null
    echo "${stack}: no drift, issue #${number} closed."
  else
    echo "${stack}: no drift."
  fi
done < <(jq -r '.stacks[] | [.stack, (.summary.drift | tostring)] | @tsv' "$report")
