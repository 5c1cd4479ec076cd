#!/usr/bin/env bash
# Guard before a review app touches AWS: the synth must hold at least one stack matching the review
# app's glob. Without it, a launcher that ignored HAEVN_REVIEW_APP would leave only the shared dev
# stacks, and nothing of this pull request's own would be deployed or destroyed.
#
# Usage: require-stacks.sh MANIFEST GLOB
set -euo pipefail

manifest="${1:-}"
glob="${2:-}"
if [[ -z "$manifest" || ! -r "$manifest" || -z "$glob" ]]; then
  echo "usage: require-stacks.sh MANIFEST GLOB (manifest '${manifest}' must be a readable cdktf manifest.json)" >&2
  exit 2
fi

matches=()
while IFS= read -r stack; do
  # shellcheck disable=SC2053 # the glob is meant to match
  [[ "$stack" == $glob ]] && matches+=("$stack")
done < <(jq -r '.stacks | keys[]' "$manifest" | LC_ALL=C sort)

if [[ ${#matches[@]} -eq 0 ]]; then
  echo "::error title=No review-app stacks::${manifest} has no stack matching '${glob}'. The review app needs './haevn synth --env dev' to honour HAEVN_REVIEW_APP=${HAEVN_REVIEW_APP:-<unset>} and name its stacks dev-<region>-<layer>-${HAEVN_REVIEW_APP:-pr-<number>}. Nothing was deployed or destroyed." >&2
  echo "Stacks in the synth: $(jq -r '.stacks | keys | join(", ")' "$manifest")" >&2
  exit 1
fi
echo "Review-app stacks: ${matches[*]}"
