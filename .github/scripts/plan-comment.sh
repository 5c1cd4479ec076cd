#!/usr/bin/env bash
# Change-control item 3: writes the pull request comment that attaches the `terraform plan` of every
# changed stack. One table row per stack (so an SRE sees destroys and replacements at a glance),
# then each plan collapsed in a <details> block. GitHub refuses comments over 65,536 characters, so
# each plan gets an equal share of the budget and a truncated plan says where the full one is.
#
# Usage: plan-comment.sh PLANS_DIR [RUN_URL] > comment.md
#   PLANS_DIR  one folder per stack, named plan-<stack>, holding
#              plan.txt  `terraform show -no-color` output (or the failing command's output)
#              status    "ok" or "failed"
#   RUN_URL    the workflow run whose artifacts hold the full plans
set -euo pipefail

plans_dir="${1:-}"
run_url="${2:-}"
readonly MARKER="<!-- haevn-plan -->"
readonly BODY_BUDGET=60000

if [[ -z "$plans_dir" || ! -d "$plans_dir" ]]; then
  echo "plan-comment: plans folder '${plans_dir}' not found. Pass the folder the plan-* artifacts were downloaded to." >&2
  exit 2
fi

mapfile -t stack_dirs < <(find "$plans_dir" -mindepth 1 -maxdepth 1 -type d -name 'plan-*' | LC_ALL=C sort)

echo "$MARKER"
echo "### Terraform plan for the stacks this pull request changes"
echo
if [[ ${#stack_dirs[@]} -eq 0 ]]; then
  echo "No staging or prod stack changes in this pull request's synth: nothing to plan."
  exit 0
fi

summary_of() {
  local dir="$1"
  if [[ "$(cat "$dir/status" 2>/dev/null)" != "ok" ]]; then
    echo "plan failed"
  elif grep -q '^No changes\.' "$dir/plan.txt"; then
    echo "No changes."
  else
    grep -m1 -E '^Plan: [0-9]+ to add' "$dir/plan.txt" || echo "changes (no summary line found)"
  fi
}

# Resources a plan destroys or replaces: the lines an SRE must not miss.
destructive_of() {
  grep -E '^  # .* (will be destroyed|must be replaced|will be replaced)' "$1/plan.txt" 2>/dev/null | sed 's/^  # //' || true
}

echo "| Stack | Result | Destroys / replaces |"
echo "|---|---|---|"
for dir in "${stack_dirs[@]}"; do
  stack="${dir##*/plan-}"
  destroys="$(destructive_of "$dir" | wc -l | tr -d ' ')"
  mark=""
  [[ "$destroys" != "0" ]] && mark="⚠️ "
  [[ "$(summary_of "$dir")" == "plan failed" ]] && mark="❌ "
  echo "| \`${stack}\` | ${mark}$(summary_of "$dir") | ${destroys} |"
done
echo

per_plan_budget=$((BODY_BUDGET / ${#stack_dirs[@]}))
for dir in "${stack_dirs[@]}"; do
  stack="${dir##*/plan-}"
  echo "<details><summary><code>${stack}</code>: $(summary_of "$dir")</summary>"
  echo
  destructive="$(destructive_of "$dir")"
  if [[ -n "$destructive" ]]; then
    echo "**Destroys or replaces:**"
    while IFS= read -r line; do echo "- \`${line}\`"; done <<<"$destructive"
    echo
  fi
  echo "~~~~text"
  if [[ ! -r "$dir/plan.txt" ]]; then
    echo "(no plan output was produced)"
  elif [[ $(wc -c <"$dir/plan.txt") -le $per_plan_budget ]]; then
    cat "$dir/plan.txt"
  else
    head -c "$per_plan_budget" "$dir/plan.txt"
    echo
    echo "... truncated: the full plan is in the artifact plan-${stack}${run_url:+ of ${run_url}}"
  fi
  echo "~~~~"
  echo "</details>"
  echo
done
if [[ -n "$run_url" ]]; then
  echo "Full plans: artifacts \`plan-<stack>\` of [this run](${run_url})."
fi
