#!/usr/bin/env bash
# Prints, one per line, the stacks of a cdktf manifest that match INCLUDE_GLOB and none of the
# EXCLUDE_GLOBs, in dependency order (a stack comes after every selected stack it depends on; ties
# in name order, so the output is deterministic).
#
# Deploy pipelines exclude the bootstrap stacks (`*-global-state`: the state bucket and lock table),
# which are applied by hand once per account. A dependency on a stack outside the selection is taken
# as already applied and reported on stderr; a dependency on a stack the manifest does not know, or
# a cycle, is an error.
#
# The order matters because `cdktf deploy --ignore-missing-stack-dependencies --parallelism 1`
# (needed once bootstrap stacks are left out) runs the stacks exactly in the order it is given.
#
# Usage: stack-order.sh MANIFEST INCLUDE_GLOB [EXCLUDE_GLOB...]
set -euo pipefail

manifest="${1:-}"
include="${2:-}"
if [[ -z "$manifest" || ! -r "$manifest" || -z "$include" ]]; then
  echo "usage: stack-order.sh MANIFEST INCLUDE_GLOB [EXCLUDE_GLOB...] (manifest '${manifest}' must be a readable cdktf manifest.json)" >&2
  exit 2
fi
shift 2
excludes=("$@")

selected=()
while IFS= read -r stack; do
  # shellcheck disable=SC2053 # the globs are meant to match
  [[ "$stack" == $include ]] || continue
  for pattern in "${excludes[@]+"${excludes[@]}"}"; do
    [[ "$stack" == $pattern ]] && continue 2
  done
  selected+=("$stack")
done < <(jq -r '.stacks | keys[]' "$manifest" | LC_ALL=C sort)

if [[ ${#selected[@]} -eq 0 ]]; then
  echo "stack-order: no stack in ${manifest} matches '${include}'$([[ ${#excludes[@]} -gt 0 ]] && echo " outside ${excludes[*]}")." >&2
  exit 1
fi

contains() { [[ " $1 " == *" $2 "* ]]; }
selected_list=" ${selected[*]} "
known_list=" $(jq -r '.stacks | keys | join(" ")' "$manifest") "

remaining=("${selected[@]}")
ordered=" "
while [[ ${#remaining[@]} -gt 0 ]]; do
  next=()
  progressed=false
  for stack in "${remaining[@]}"; do
    ready=true
    while IFS= read -r dep; do
      [[ -z "$dep" ]] && continue
      if ! contains "$known_list" "$dep"; then
        echo "stack-order: ${stack} depends on '${dep}', which ${manifest} does not list. Re-run ./haevn synth." >&2
        exit 1
      fi
      if ! contains "$selected_list" "$dep"; then
        echo "stack-order: ${stack} depends on ${dep} (not selected): assuming it is already applied." >&2
      elif ! contains "$ordered" "$dep"; then
        ready=false
      fi
    done < <(jq -r --arg s "$stack" '.stacks[$s].dependencies // [] | .[]' "$manifest")
    if [[ "$ready" == true ]]; then
      echo "$stack"
      ordered+="$stack "
      progressed=true
    else
      next+=("$stack")
    fi
  done
  if [[ "$progressed" == false ]]; then
    echo "stack-order: dependency cycle among: ${next[*]}" >&2
    exit 1
  fi
  remaining=("${next[@]+"${next[@]}"}")
done
