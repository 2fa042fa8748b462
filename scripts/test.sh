#!/usr/bin/env bash
# Installs what the tests need into .venv (fresh machine: Python 3.11, package registries only)
# and runs the whole test suite. Tests read ../shared/data.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -e '.[test]'
exec .venv/bin/python -m pytest -q "$@"
