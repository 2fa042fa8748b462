#!/usr/bin/env bash
# Installs what the tests need (fresh machine: Python 3.11, the package registries, Debian's apt) and
# runs the whole test suite. Tests read ../shared/data; they start their own ArcadeDB (Bolt) server
# unless NEO4J_URI names a Neo4j server; browser tests drive Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -e '.[test]'
exec .venv/bin/python -m pytest -q "$@"
