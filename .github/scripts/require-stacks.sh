#!/usr/bin/env bash
# Guard before a review app touches AWS: the synth must hold at least one stack matching the review
# app's glob. Without it, a synth that ignored the review request (--review-pr / HAEVN_REVIEW_PR) would
# leave only the shared dev stacks, and nothing of this pull request's own would be deployed or destroyed.
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
  echo "::error title=No review-app stacks::${manifest} has no stack matching '${glob}'. The review app needs './haevn synth --env dev --review-pr N --image-tag TAG' (HAEVN_REVIEW_PR=${HAEVN_REVIEW_PR:-<unset>}) to add its stack dev-<region>-review-pr-${HAEVN_REVIEW_PR:-<number>}. Nothing was deployed or destroyed." >&2
  echo "Stacks in the synth: $(jq -r '.stacks | keys | join(", ")' "$manifest")" >&2
  exit 1
fi
echo "Review-app stacks: ${matches[*]}"
