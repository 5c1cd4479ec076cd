#!/usr/bin/env bash
# Change-control item 1: a pull request that touches infrastructure code must carry the
# `infra-change` label. Infrastructure code is everything under environments/, main/ and modules/.
#
# Usage: require-infra-label.sh CHANGED_FILES_FILE
#   CHANGED_FILES_FILE  one repository-relative path per line (e.g. `git diff --name-only` output)
#   PR_LABELS_JSON      environment variable: the pull request's label names as a JSON array
#                       (in a workflow: ${{ toJSON(github.event.pull_request.labels.*.name) }})
# Exit 0 when the label is present or not needed, 1 when it is missing, 2 on bad input.
set -euo pipefail

readonly REQUIRED_LABEL="infra-change"
readonly GUARDED_PREFIXES=("environments/" "main/" "modules/")

changed_files="${1:-}"
if [[ -z "$changed_files" || ! -r "$changed_files" ]]; then
  echo "require-infra-label: cannot read the changed-files list '${changed_files}'. Pass a file with one path per line." >&2
  exit 2
fi
labels_json="${PR_LABELS_JSON:-[]}"
if ! jq -e 'type == "array"' >/dev/null 2>&1 <<<"$labels_json"; then
  echo "require-infra-label: PR_LABELS_JSON is not a JSON array of label names: ${labels_json}" >&2
  exit 2
fi

guarded=()
while IFS= read -r path || [[ -n "$path" ]]; do
  for prefix in "${GUARDED_PREFIXES[@]}"; do
    if [[ "$path" == "$prefix"* ]]; then
      guarded+=("$path")
      break
    fi
  done
done <"$changed_files"

if [[ ${#guarded[@]} -eq 0 ]]; then
  echo "No infrastructure code changed (environments/, main/, modules/): the '${REQUIRED_LABEL}' label is not required."
  exit 0
fi

if jq -e --arg wanted "$REQUIRED_LABEL" 'any(.[]; . == $wanted)' >/dev/null <<<"$labels_json"; then
  echo "The '${REQUIRED_LABEL}' label is present for ${#guarded[@]} changed infrastructure file(s)."
  exit 0
fi

{
  echo "::error title=Missing '${REQUIRED_LABEL}' label::This pull request changes infrastructure code but has no '${REQUIRED_LABEL}' label. Add the label to the pull request (change-control checklist item 1); this check re-runs when labels change."
  echo "Changed infrastructure files (${#guarded[@]}):"
  printf '  %s\n' "${guarded[@]:0:20}"
  if [[ ${#guarded[@]} -gt 20 ]]; then
    echo "  ... and $((${#guarded[@]} - 20)) more"
  fi
} >&2
exit 1
