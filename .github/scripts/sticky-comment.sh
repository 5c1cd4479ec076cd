#!/usr/bin/env bash
# Creates or updates ("sticky") one pull request comment, found again by a hidden HTML marker, so a
# pull request carries one current plan comment and one current findings comment instead of one per
# push. Uses the GitHub CLI preinstalled on GitHub-hosted runners.
#
# Usage: sticky-comment.sh MARKER BODY_FILE
#   env GH_TOKEN (a token with pull-requests: write), GITHUB_REPOSITORY, PR_NUMBER
set -euo pipefail

marker="${1:-}"
body_file="${2:-}"
if [[ -z "$marker" || ! -r "$body_file" ]]; then
  echo "usage: sticky-comment.sh MARKER BODY_FILE (body file '${body_file}' must be readable)" >&2
  exit 2
fi
: "${GITHUB_REPOSITORY:?GITHUB_REPOSITORY must name the repository (owner/name)}"
: "${PR_NUMBER:?PR_NUMBER must be the pull request number}"

# The marker must be in the body, or the next run could not find this comment again.
body="$(cat "$body_file")"
[[ "$body" == *"$marker"* ]] || body="${marker}"$'\n'"${body}"
# GitHub refuses comment bodies over 65,536 characters.
if [[ ${#body} -gt 65000 ]]; then
  body="${body:0:65000}"$'\n\n'"... truncated (GitHub comments are limited to 65,536 characters); see the workflow run's artifacts."
fi
payload="$(mktemp)"
trap 'rm -f "$payload"' EXIT
jq -n --arg body "$body" '{body: $body}' >"$payload"

existing="$(gh api --paginate "repos/${GITHUB_REPOSITORY}/issues/${PR_NUMBER}/comments" \
  --jq ".[] | select(.user.type == \"Bot\" and (.body | contains(\"${marker}\"))) | .id" | head -n 1)"

if [[ -n "$existing" ]]; then
  gh api --method PATCH "repos/${GITHUB_REPOSITORY}/issues/comments/${existing}" --input "$payload" >/dev/null
  echo "Updated comment ${existing} on pull request #${PR_NUMBER}."
else
  gh api --method POST "repos/${GITHUB_REPOSITORY}/issues/${PR_NUMBER}/comments" --input "$payload" >/dev/null
  echo "Created a comment on pull request #${PR_NUMBER}."
fi
