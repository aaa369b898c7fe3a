#!/usr/bin/env bash
# Builds the deployable function app: host.json, one folder per function with its
# function.json, and the self-contained linux-x64 handler in handler/.
#   infra/publish.sh                 -> artifacts/functionapp/ and artifacts/functionapp.zip
#   infra/publish.sh <folder>        -> <folder>/ and <folder>.zip
#   infra/publish.sh <folder> --no-zip   (the folder only: what the tests start the handler from)
# Deploy the zip with: az functionapp deployment source config-zip (see infra/README.md).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/artifacts/functionapp}"
make_zip=true
[ "${2:-}" = "--no-zip" ] && make_zip=false
out="$(mkdir -p "$out" && cd "$out" && pwd)"
zip_path="$out.zip"
# The script only empties a folder it made itself (it leaves this marker there), so a wrong
# argument cannot wipe someone's files.
marker=".reporting-functionapp"
if [ -n "$(ls -A "$out")" ] && [ ! -f "$out/$marker" ]; then
  echo "publish.sh: $out is not empty and was not made by this script (no $marker in it)." >&2
  echo "Give an empty or new folder, or the folder of an earlier publish." >&2
  exit 1
fi

find "$out" -mindepth 1 -delete
rm -f "$zip_path"
touch "$out/$marker"
echo "Publishing the handler (self-contained, linux-x64) ..."
dotnet publish "$root/src/Reporting.Functions/Reporting.Functions.csproj" \
  --configuration Release --runtime linux-x64 --self-contained true \
  -p:PublishReadyToRun=true -p:DebugType=none -p:GenerateDocumentationFile=false \
  --output "$out/handler" --nologo --verbosity quiet

cp "$root/host.json" "$out/host.json"
for definition in "$root"/src/Reporting.Functions/Functions/*/function.json; do
  name="$(basename "$(dirname "$definition")")"
  mkdir -p "$out/$name"
  cp "$definition" "$out/$name/function.json"
done
chmod +x "$out/handler/reporting-handler"

echo "Function app package: $out"
if ! $make_zip; then
  exit 0
fi

# Zip with file modes kept, so the handler stays executable after zip deploy on Linux.
python3 - "$out" "$zip_path" <<'PY'
import os, sys, zipfile
source, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    for folder, _, files in sorted(os.walk(source)):
        for name in sorted(files):
            if folder == source and name == ".reporting-functionapp":
                continue
            path = os.path.join(folder, name)
            info = zipfile.ZipInfo(os.path.relpath(path, source), date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = (os.stat(path).st_mode & 0xFFFF) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(path, "rb") as handle:
                archive.writestr(info, handle.read())
PY

echo "Zip for deployment:   $zip_path ($(du -h "$zip_path" | cut -f1))"
