#!/usr/bin/env bash
# Set up everything, then run every test of every addon and of tests/.
# Ends with the line "N passed, M failed"; exit status 1 on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
affairs_setup
cd "$REPO_DIR"
exec "$VENV/bin/python" scripts/run_tests.py
