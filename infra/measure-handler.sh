#!/usr/bin/env bash
# Measures the published handler the way the Functions host runs it, against Azurite holding
# the sample council's files (uploaded with the JavaScript Azure Storage SDK):
#   - cold start: process start -> first answer to GET / (the host's readiness ping), 5 times;
#   - on-demand run of the sample council's latest quarter over HTTP (force=true):
#     cold = first request to a fresh process, warm = the same request again;
#   - rerun with unchanged inputs (answers "unchanged").
# Usage: infra/measure-handler.sh [package folder]   (default artifacts/functionapp; built if missing)
# Needs: dotnet, node, curl, and `npm ci --prefix tests/tools`.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
package="${1:-$root/artifacts/functionapp}"
tools="$root/tests/tools"
[ -x "$tools/node_modules/.bin/azurite-blob" ] || { echo "Azurite is missing: run 'npm ci --prefix tests/tools' first." >&2; exit 2; }
[ -x "$package/handler/reporting-handler" ] || "$root/infra/publish.sh" "$package"

scratch="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$scratch"; }
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

"$tools/node_modules/.bin/azurite-blob" --inMemoryPersistence --blobHost 127.0.0.1 --blobPort 0 \
  --silent --skipApiVersionCheck --disableTelemetry >"$scratch/azurite.log" 2>&1 &
pids+=("$!")
until grep -q "listens on" "$scratch/azurite.log"; do sleep 0.1; done
endpoint="$(grep -o 'http://[0-9.]*:[0-9]*' "$scratch/azurite.log" | head -1)/devstoreaccount1"
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
connection="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=$endpoint;"

echo "Writing and uploading the sample data set ..."
dotnet run --project "$root/src/Reporting.Cli" -c Release -- sample-data --out "$scratch/sample" >/dev/null
pairs=()
while IFS= read -r file; do pairs+=("${file#"$scratch/sample/metrics/"}=$file"); done < <(find "$scratch/sample/metrics" -type f | sort)
node "$tools/upload-blobs.mjs" "$connection" metrics "${pairs[@]}" >/dev/null

# Start the handler as the host does: working directory = package root, port in the environment.
start_handler() {
  port=$(( 20000 + RANDOM % 20000 ))
  local started; started=$(now_ms)
  (cd "$package" && FUNCTIONS_CUSTOMHANDLER_PORT=$port FUNCTIONS_WORKER_RUNTIME=custom AzureWebJobsStorage="$connection" \
    Reporting__RunWaitSeconds=200 exec ./handler/reporting-handler >"$scratch/handler.log" 2>&1) &
  handler=$!
  pids+=("$handler")
  until curl -s -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.005; done
  cold_start=$(( $(now_ms) - started ))
}
stop_handler() { kill "$handler"; wait "$handler" 2>/dev/null || true; }

run_ms() { # POST a run and print "<status> <ms>"
  curl -s -o "$scratch/run.json" -w '%{http_code} %{time_total}' -X POST "http://127.0.0.1:$port/api/runs/933/$1$2" \
    | awk '{ printf "%s %.0f", $1, $2 * 1000 }'
}

period="2017-18-Q2"
echo
echo "Cold start (process start -> GET / answered):"
for i in 1 2 3 4 5; do start_handler; echo "  run $i: ${cold_start} ms"; stop_handler; done

echo
echo "On-demand run of council 933 $period over HTTP (all audiences, force=true):"
start_handler
echo "  cold (first request to a fresh process): $(run_ms "$period" "?force=true") ms"
echo "  warm (same request again):               $(run_ms "$period" "?force=true") ms"
echo "  warm (again):                            $(run_ms "$period" "?force=true") ms"
echo "  unchanged inputs, no force:              $(run_ms "$period" "") ms  ($(grep -o '"status":"[a-z]*"' "$scratch/run.json"))"
stop_handler
