#!/usr/bin/env bash
# npm run test:all: everything npm test runs, plus the suites that need external programs
# (test/external: LibreOffice recalculation, the Word report's PDF; test/e2e: the pane in Chromium).
# On Debian/Ubuntu as root it installs what is missing; otherwise it prints the one apt-get line to
# run and exits 1. Every step runs even after a failure; the last line counts tests: N passed, N failed.
set -uo pipefail
cd "$(dirname "$0")/.."

PACKAGES=()
has() { command -v "$1" >/dev/null 2>&1; }
installed() { # a Debian package (any of the names) is installed
  has dpkg-query || return 1
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' && return 0
  done
  return 1
}
font() { has fc-list && fc-list 2>/dev/null | grep -qi "$1"; }

has chromium || PACKAGES+=(chromium)
font 'Liberation' || PACKAGES+=(fonts-liberation)
font 'Noto Sans CJK' || PACKAGES+=(fonts-noto-cjk)
has soffice || PACKAGES+=(libreoffice-calc-nogui)
if ! has soffice || { has dpkg-query && ! installed libreoffice-writer-nogui libreoffice-writer; }; then
  PACKAGES+=(libreoffice-writer-nogui)
fi
has pdftotext || PACKAGES+=(poppler-utils)

if [ ${#PACKAGES[@]} -gt 0 ]; then
  LINE="apt-get install -y --no-install-recommends ${PACKAGES[*]}"
  if [ "$(id -u)" = 0 ] && has apt-get; then
    echo "test:all: installing ${PACKAGES[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive $LINE >/dev/null || {
      echo "test:all: apt-get failed; run: $LINE" >&2
      exit 1
    }
  else
    echo "test:all 需要外部程序 / needs external programs. Run (as root): $LINE" >&2
    echo "test:all: 0 passed, 1 failed (nothing run: programs missing)" >&2
    exit 1
  fi
fi

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
STEPS=()

step() { # name, command...: runs a step that is not jest; counts as one test
  local name=$1
  shift
  echo "── test:all: $name"
  if "$@"; then echo "1 0" >"$OUT/$name.count"; else echo "0 1" >"$OUT/$name.count"; fi
  STEPS+=("$name")
}

jest_step() { # name, jest config: counts the tests of the run (a suite that failed to run counts 1)
  local name=$1 config=$2
  echo "── test:all: $name (jest -c $config)"
  npx jest -c "$config" --json --outputFile="$OUT/$name.json"
  node -e '
    const fs = require("fs");
    const [file, out] = process.argv.slice(1);
    let r = null;
    try { r = JSON.parse(fs.readFileSync(file, "utf8")); } catch {}
    const passed = r ? r.numPassedTests : 0;
    const failed = r ? r.numFailedTests + r.numRuntimeErrorTestSuites : 1;
    fs.writeFileSync(out, `${passed} ${failed}\n`);
  ' "$OUT/$name.json" "$OUT/$name.count"
  STEPS+=("$name")
}

step typecheck npm run -s typecheck
step lint npm run -s lint
jest_step unit jest.config.js
jest_step external jest.external.config.js
jest_step e2e jest.e2e.config.js

PASSED=0
FAILED=0
DETAIL=()
for s in "${STEPS[@]}"; do
  read -r p f <"$OUT/$s.count"
  PASSED=$((PASSED + p))
  FAILED=$((FAILED + f))
  DETAIL+=("$s $p/$((p + f))")
done
DETAIL_LINE=$(printf '%s, ' "${DETAIL[@]}")
echo "test:all: $PASSED passed, $FAILED failed (tests; typecheck and lint count one each: ${DETAIL_LINE%, })"
[ "$FAILED" -eq 0 ]
