#!/usr/bin/env bash
# Change-control item 3: writes the pull request comment that attaches the plan of every changed stack,
# with `haevn plan-report` (docs/plan-report.md): terraform's counts per stack, stateful destructive
# changes with their allow-destroy status, the validator's findings, attribute diffs with secrets masked,
# drift, the checklist, and a fingerprint per stack that the deploy compares before applying. The
# comment stays under GitHub's 65,536 characters by dropping detail step by step; the full report is
# written as JSON for the run's artifacts.
#
# Usage: plan-comment.sh PLANS_DIR [RUN_URL] > comment.md
#   PLANS_DIR  one folder per stack, named plan-<stack>, holding
#              plan.json `terraform show -json` output (when the plan succeeded)
#              status    "ok" or "failed"
#   RUN_URL    the workflow run whose artifacts hold the full report
#   env PR_BODY         the pull request description (its allow-destroy: lines)
#   env PR_LABELS_JSON  the pull request's labels as a JSON array
#   env FULL_REPORT     where to write the full JSON report (optional)
#   run from the repository root, after the app is built (./haevn)
set -euo pipefail

plans_dir="${1:-}"
run_url="${2:-}"
readonly MARKER="<!-- haevn-plan -->"

if [[ -z "$plans_dir" || ! -d "$plans_dir" ]]; then
  echo "plan-comment: plans folder '${plans_dir}' not found. Pass the folder the plan-* artifacts were downloaded to." >&2
  exit 2
fi

plans=()
failed=()
while IFS= read -r dir; do
  stack="${dir##*/plan-}"
  if [[ "$(cat "$dir/status" 2>/dev/null)" == "ok" && -s "$dir/plan.json" ]]; then
    plans+=("$dir/plan.json")
  else
    failed+=(--failed-stack "$stack")
  fi
done < <(find "$plans_dir" -mindepth 1 -maxdepth 1 -type d -name 'plan-*' | LC_ALL=C sort)

if [[ ${#plans[@]} -eq 0 && ${#failed[@]} -eq 0 ]]; then
  printf '%s\n' "$MARKER" "### Terraform plan report" "" \
    "No staging or prod stack changes in this pull request's synth: nothing to plan." "<!-- haevn-plan-report-end -->"
  exit 0
fi
if [[ ${#plans[@]} -eq 0 ]]; then
  printf '%s\n' "$MARKER" "### Terraform plan report" "" "Every plan failed: $(printf '%s ' "${failed[@]}" | sed 's/--failed-stack //g')" \
    "" "See the plan jobs' logs${run_url:+ in ${run_url}}. Nothing is approved."
  exit 0
fi

description="$(mktemp)"
trap 'rm -f "$description"' EXIT
printf '%s\n' "${PR_BODY:-}" >"$description"
options=(--pr-description "$description" "${failed[@]+"${failed[@]}"}")
[[ -n "${PR_LABELS_JSON:-}" ]] && options+=(--pr-labels "$PR_LABELS_JSON")
[[ -n "$run_url" ]] && options+=(--artifact-url "$run_url")

if [[ -n "${FULL_REPORT:-}" ]]; then
  ./haevn plan-report "${plans[@]}" "${options[@]}" --format json --output "$FULL_REPORT"
fi
./haevn plan-report "${plans[@]}" "${options[@]}" --format markdown
