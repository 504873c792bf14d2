#!/usr/bin/env bash
# Dependency audit: known vulnerabilities in the exact versions installed in .venv.
#
# pip-audit is installed into its own environment (.venv/audit-tools) so that it never
# changes the project's dependencies, and asks PyPI's vulnerability data about every pinned
# version of `pip freeze`.  It needs the network: when PyPI's JSON API cannot be reached it
# fails (--strict: a package that could not be audited is a failure, never a silent pass)
# within the timeouts below, never hangs.  On the project's build machines only a package
# mirror is reachable, so it fails there with "Dependency not found on PyPI and could not
# be audited".  Not part of `make test` for that reason; run it as `make audit`.
#
# Exit codes: 0 no known vulnerability; 1 vulnerabilities found (listed) or the audit
# service failed; 2 pip-audit could not be installed or .venv is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS=.venv/audit-tools
PYTHON=${PYTHON:-python3}

if [ ! -x .venv/bin/pip ]; then
  echo "audit: no .venv here; run 'make test' (or 'make demo') first" >&2
  exit 2
fi
if [ ! -x "$TOOLS/bin/pip-audit" ]; then
  "$PYTHON" -m venv "$TOOLS"
  if ! timeout 600 "$TOOLS/bin/pip" install --quiet --disable-pip-version-check pip-audit; then
    echo "audit: cannot install pip-audit from PyPI (is the network reachable?)" >&2
    exit 2
  fi
fi

requirements=$(mktemp)
trap 'rm -f "$requirements"' EXIT
# The project itself is installed editable and is not on PyPI; torch's "+cpu" local
# version label is not either, so the audit asks about the release it was built from.
.venv/bin/pip freeze --exclude-editable --disable-pip-version-check \
  | sed -E 's/^(torch==[^+]+)\+.*/\1/' > "$requirements"

if ! timeout 900 "$TOOLS/bin/pip-audit" --requirement "$requirements" --no-deps --disable-pip \
    --progress-spinner off --timeout 30 --strict; then
  echo "audit: failed: vulnerabilities are listed above, or packages could not be audited" \
    "(--strict: the vulnerability service must answer for every one)" >&2
  exit 1
fi
