#!/usr/bin/env bash
# Runs every test, from a fresh clone on a new machine: installs what the tests need
# (poppler-utils, qpdf and python3-pikepdf from apt to inspect PDFs, chromium from apt for the
# browser tests, Azurite from npm as the Blob Storage server, govuk-frontend from npm for the
# pages), builds, runs `dotnet test` over the solution and ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
# The PDF/UA checker (tests/tools/pdfua_check.py) runs with Debian's python3 and its pikepdf.
/usr/bin/python3 -c 'import pikepdf' >/dev/null 2>&1 || missing+=(python3-pikepdf)
# The browser tests drive Debian's chromium through Playwright (its own browser download cannot work here).
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (apt) ..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ -f tests/tools/package.json ] && [ ! -x tests/tools/node_modules/.bin/azurite ]; then
  echo "Installing Azurite (npm, version pinned in tests/tools/package-lock.json) ..."
  npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error
fi

if [ ! -f src/Reporting.Web/node_modules/govuk-frontend/package.json ]; then
  # The build would do this too (src/Reporting.Web/Reporting.Web.csproj); done here once, before parallel builds.
  echo "Installing govuk-frontend (npm, version pinned in src/Reporting.Web/package-lock.json) ..."
  npm ci --prefix src/Reporting.Web --no-audit --no-fund --loglevel=error
fi

# --fast runs the fast lane: every test but those that start Azurite, a browser, the bicep CLI or
# the built app as a process of its own (the CLI, dotnet publish): their classes carry
# [Trait("Lane", "Azurite" | "Browser" | "Bicep" | "Process")]. Other arguments go to dotnet test.
args=()
for arg in "$@"; do
  if [ "$arg" = --fast ]; then
    args+=(--filter "Lane!=Azurite&Lane!=Browser&Lane!=Bicep&Lane!=Process")
  else
    args+=("$arg")
  fi
done

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Reporting.sln --nologo ${args[@]+"${args[@]}"} 2>&1 | tee "$log" || status=$?

# Sum the per-project summaries ("Passed!  - Failed: 0, Passed: 57, Skipped: 0, ...").
read -r passed failed skipped < <(awk '
  /(Passed|Failed)! +- +Failed: / {
    gsub(/,/, "");
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i + 1);
      if ($i == "Passed:") p += $(i + 1);
      if ($i == "Skipped:") s += $(i + 1);
    }
  }
  END { printf "%d %d %d\n", p, f, s }' "$log")
echo
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
