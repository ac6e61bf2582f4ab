#!/usr/bin/env bash
# See bench/README.md. Results are printed and appended to bench/results/.
exec "$(dirname "$0")/../motcua" bench dashboard "$@"
