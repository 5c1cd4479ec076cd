#!/usr/bin/env bash
# Apply only what was reviewed: compares the fingerprint of each stack's fresh plan with the one the pull
# request's plan comment recorded (`haevn plan-report` writes a hidden line per stack,
# `<!-- haevn-plan-fingerprint STACK sha256:... -->`, and an end marker). Refuses with
# "plan changed since review: ..." when a stack's plan differs, when a stack that now changes something
# was not reviewed, or when the reviewed report is missing or was cut (no end marker): a truncated or
# missing report approves nothing. The fingerprint leaves out timestamps and the release-owned front
# door weights (docs/plan-report.md).
#
# Usage: plan-check.sh REVIEWED_REPORT PLANS...
#   REVIEWED_REPORT  the body of the pull request's plan comment (Markdown)
#   PLANS            the fresh plan JSON files or folders, as `haevn plan-report` takes them
#   run from the repository root, after the app is built (./haevn)
# Exit 0 unchanged, 1 refused, 2 bad usage or unreadable plans.
set -euo pipefail

readonly END_MARKER="<!-- haevn-plan-report-end -->"
readonly FINGERPRINT_MARKER="<!-- haevn-plan-fingerprint "

reviewed="${1:-}"
if [[ -z "$reviewed" || $# -lt 2 ]]; then
  echo "usage: plan-check.sh REVIEWED_REPORT PLANS..." >&2
  exit 2
fi
shift

if [[ ! -s "$reviewed" ]]; then
  echo "::error title=Not reviewed::plan changed since review: no reviewed plan report was found (${reviewed}), so nothing is approved. Merge through a pull request whose plan comment covers these stacks." >&2
  exit 1
fi
if ! grep -qF "$END_MARKER" "$reviewed"; then
  echo "::error title=Not reviewed::plan changed since review: the reviewed plan report is truncated (no end marker), so it approves nothing. Re-run the pull request's plan job and review its comment." >&2
  exit 1
fi

set +e
current="$(./haevn plan-report "$@" --fingerprints)"
rc=$?
set -e
if [[ $rc -ne 0 ]]; then
  echo "plan-check: haevn plan-report could not read the fresh plans (exit $rc): see its message above." >&2
  exit 2
fi

changed=()
accepted=0
while read -r stack fingerprint count; do
  [[ -z "$stack" ]] && continue
  recorded="$(grep -F "${FINGERPRINT_MARKER}${stack} " "$reviewed" | head -n 1 | awk '{print $4}' || true)"
  if [[ -z "$recorded" ]]; then
    if [[ "$count" == "0" ]]; then
      echo "${stack}: no changes to apply (not in the reviewed report)."
      accepted=$((accepted + 1))
      continue
    fi
    changed+=("${stack} was not in the reviewed plan (${count} change(s) now)")
  elif [[ "$recorded" != "$fingerprint" ]]; then
    changed+=("${stack} (reviewed ${recorded:0:19}…, now ${fingerprint:0:19}…, ${count} change(s))")
  else
    echo "${stack}: plan unchanged since review (${fingerprint:0:19}…, ${count} change(s))."
    accepted=$((accepted + 1))
  fi
done <<<"$current"

if [[ ${#changed[@]} -gt 0 ]]; then
  echo "::error title=Plan changed since review::plan changed since review: $(IFS=';'; echo "${changed[*]}" | sed 's/;/; /g'). Nothing was applied. Open a pull request for the new change (or re-run this one's plan) and review its plan comment." >&2
  exit 1
fi
echo "Plan unchanged since review for ${accepted} stack(s)."
