#!/usr/bin/env bash
# Checks the SQLAlchemy bridge against real SQLAlchemy 2.0.54 in a throwaway virtualenv.
# Not part of `npm test`: it needs python3 and a package index (or local mirror) for pip.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$(mktemp -d "${TMPDIR:-/tmp}/junction-sqla.XXXXXX")"
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check sqlalchemy==2.0.54
node "$root/scripts/verify-sqlalchemy.mjs" "$venv/bin/python"
