#!/usr/bin/env bash
# Which synthesized stacks does a pull request change? Compares two cdktf output folders (the base
# branch's synth and the pull request's synth) stack by stack, and prints the stacks to plan as a
# JSON array for a GitHub Actions matrix:
#   [{"stack":"prod-use1-network","env":"prod","ENV":"PROD"}, ...]
# A stack counts as changed when its folder differs in any file, or when it is new. Only stacks of
# the environments in PLAN_ENVIRONMENTS (default "staging prod") are listed: dev is covered by review
# apps. Stacks the pull request removes cannot be planned from its synth (there is no configuration
# left); they are reported as warnings, because removing a stack from the code does not destroy it.
#
# Usage: changed-stacks.sh BASE_OUT HEAD_OUT
#   BASE_OUT  the base branch's cdktf.out (may be missing: then every head stack counts as changed)
#   HEAD_OUT  the pull request's cdktf.out (must hold manifest.json)
set -euo pipefail

base_out="${1:-}"
head_out="${2:-}"
plan_environments="${PLAN_ENVIRONMENTS:-staging prod}"

if [[ -z "$head_out" || ! -r "$head_out/manifest.json" ]]; then
  echo "changed-stacks: '${head_out}/manifest.json' not found. Pass the pull request's cdktf output folder (run ./haevn synth first)." >&2
  exit 2
fi

stack_names() { jq -r '.stacks | keys[]' "$1/manifest.json" | LC_ALL=C sort; }
stack_dir() { jq -r --arg s "$2" '.stacks[$s].workingDirectory' "$1/manifest.json"; }

in_scope() {
  local env="${1%%-*}" wanted
  for wanted in $plan_environments; do
    [[ "$env" == "$wanted" ]] && return 0
  done
  return 1
}

have_base=true
if [[ -z "$base_out" || ! -r "$base_out/manifest.json" ]]; then
  have_base=false
  echo "::notice::No base synth to compare with ('${base_out}/manifest.json' missing): every stack in scope counts as changed." >&2
fi

changed=()
while IFS= read -r stack; do
  in_scope "$stack" || continue
  if [[ "$have_base" == false ]] || ! jq -e --arg s "$stack" '.stacks | has($s)' "$base_out/manifest.json" >/dev/null; then
    changed+=("$stack")
    continue
  fi
  if ! diff -rq "$base_out/$(stack_dir "$base_out" "$stack")" "$head_out/$(stack_dir "$head_out" "$stack")" >/dev/null; then
    changed+=("$stack")
  fi
done < <(stack_names "$head_out")

if [[ "$have_base" == true ]]; then
  while IFS= read -r stack; do
    in_scope "$stack" || continue
    if ! jq -e --arg s "$stack" '.stacks | has($s)' "$head_out/manifest.json" >/dev/null; then
      echo "::warning title=Stack removed::${stack} is no longer synthesized. Its resources still exist: destroy them deliberately (cdktf destroy ${stack} from the base branch) before or after merging." >&2
    fi
  done < <(stack_names "$base_out")
fi

printf '%s\n' "${changed[@]+"${changed[@]}"}" | jq -R -s -c '
  split("\n") | map(select(length > 0))
  | map((split("-")[0]) as $environment | {stack: ., env: $environment, ENV: ($environment | ascii_upcase)})'
