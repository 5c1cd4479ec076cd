#!/usr/bin/env bash
# Post-deploy check: runs `./haevn validate` on the synth that was just deployed and on the plan JSON
# of each deployed stack taken right after its deploy (`terraform show -json`, which carries the
# deployed state as Terraform read it back). Findings go to the job summary; any failure fails the
# job. This is what "smoke tests" means for an infrastructure pipeline here: no pretend steps.
#
# Usage: validate-deployed.sh SYNTH_DIR POST_DEPLOY_DIR
#   run from the repository root, after the app is built (the launcher needs target/classpath.txt)
set -uo pipefail

synth_dir="${1:-}"
post_dir="${2:-}"
if [[ ! -r "$synth_dir/manifest.json" || ! -d "$post_dir" ]]; then
  echo "usage: validate-deployed.sh SYNTH_DIR POST_DEPLOY_DIR (got '${synth_dir}' and '${post_dir}'; the synth needs a manifest.json)" >&2
  exit 2
fi
summary="${GITHUB_STEP_SUMMARY:-/dev/stdout}"
report="$(mktemp)"
trap 'rm -f "$report"' EXIT

failed=()
validate() {
  local input="$1"
  ./haevn validate "$input" --format markdown --output "$report"
  local rc=$?
  { echo "#### haevn validate ${input}"; echo; cat "$report" 2>/dev/null; echo; } >>"$summary"
  [[ $rc -eq 0 ]] || failed+=("$input (exit $rc)")
}

validate "$synth_dir"
shopt -s nullglob
plans=("$post_dir"/*.plan.json)
if [[ ${#plans[@]} -eq 0 ]]; then
  failed+=("${post_dir}: no post-deploy plan JSON found, so the deployed state was not checked")
fi
for plan in "${plans[@]}"; do
  validate "$plan"
done

if [[ ${#failed[@]} -gt 0 ]]; then
  echo "::error::Post-deploy validation failed for: ${failed[*]}. See the job summary for the findings."
  exit 1
fi
echo "Post-deploy validation passed: ${synth_dir} and ${#plans[@]} post-deploy plan(s)."
