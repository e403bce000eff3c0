#!/usr/bin/env bash
# Runs IoTSecure's main job over the samples, as a device team would see it:
#   1. packs IoTSecure.Analyzers and IoTSecure.Sdk (version 0.1.0-samples) into artifacts/packages;
#   2. builds and packs the clean SensorHub (PackageReference) and SensorHub.Sdk (<Sdk Name="IoTSecure.Sdk" />),
#      which pass the analyzers and the pack gate and carry security.txt and a statement of compliance;
#   3. builds the insecure twin, which must fail with IoTSecure findings (printed).
# Exits non-zero if a clean sample fails or the insecure twin does not.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
version=0.1.0-samples
feed="$root/artifacts/packages"
samples_packages="$root/artifacts/samples/packages"

echo "== Packing IoTSecure $version into artifacts/packages"
rm -f "$feed"/IoTSecure.*.nupkg
# A re-packed version must not be served from an older cache copy.
rm -rf "$samples_packages/iotsecure.analyzers" "$samples_packages/iotsecure.sdk"
for project in nuget/IoTSecure.Analyzers/IoTSecure.Analyzers.Package.csproj nuget/IoTSecure.Sdk/IoTSecure.Sdk.Package.csproj; do
  dotnet pack "$project" -c Release -p:Version=$version -o "$feed" -nodeReuse:false -v:q -nologo
done

# The samples restore the same version each run: their restore must list the re-packed package's files again (--force),
# and the compiler server must not keep analyzers it loaded from the same path before.
dotnet build-server shutdown >/dev/null 2>&1 || true

mkdir -p artifacts/samples
status=0
for sample in SensorHub SensorHub.Sdk; do
  echo
  echo "== $sample: build and pack (expected to pass)"
  if dotnet pack "samples/$sample" --force -o "artifacts/samples/$sample" -nodeReuse:false -nologo -v:m 2>&1 | tee "artifacts/samples/$sample.log" | grep -E "IOT[0-9]{4}|IoTSecure:|error|Successfully created"; then :; fi
  if [ "${PIPESTATUS[0]}" -ne 0 ] || ! ls "artifacts/samples/$sample"/*.nupkg >/dev/null 2>&1; then
    echo "!! $sample did not build and pack cleanly (see artifacts/samples/$sample.log)"; status=1
  else
    nupkg=$(ls "artifacts/samples/$sample"/*.nupkg | head -1)
    echo "-- $nupkg carries:"; unzip -l "$nupkg" | grep -o 'iotsecure/.*' | sed 's/^/   /'
  fi
done

echo
echo "== SensorHub: publish (expected to pass, with the evidence in the publish output)"
if dotnet publish samples/SensorHub -o artifacts/samples/SensorHub.publish -nodeReuse:false -nologo -v:m > artifacts/samples/SensorHub.publish.log 2>&1; then
  grep -E "IoTSecure:" artifacts/samples/SensorHub.publish.log | sed 's/^ *//;s/^/   /'
  ls artifacts/samples/SensorHub.publish/iotsecure | sed 's/^/   iotsecure\//'
else
  echo "!! SensorHub did not publish (see artifacts/samples/SensorHub.publish.log)"; status=1
fi

echo
echo "== SensorHub.Insecure: declaration checks of the pack gate (expected to fail)"
if dotnet msbuild samples/SensorHub.Insecure -restore -p:RestoreForce=true -t:IoTSecureCheck -nodeReuse:false -nologo -v:m > artifacts/samples/SensorHub.Insecure.gate.log 2>&1; then
  echo "!! the insecure twin passed the gate's checks"; status=1
fi
if ! grep -q "IoTSecure error IOT8" artifacts/samples/SensorHub.Insecure.gate.log; then
  echo "!! the gate's checks did not report the missing declarations (see artifacts/samples/SensorHub.Insecure.gate.log)"; status=1
fi
grep -oE "IoTSecure (error|warning) IOT8[0-9]{3}: [^(]*" artifacts/samples/SensorHub.Insecure.gate.log | sort -u | cut -c1-160 | sed 's/^/   /' || true

echo
echo "== SensorHub.Insecure: build (expected to fail with IoTSecure findings)"
set +e
dotnet build samples/SensorHub.Insecure --force --no-incremental -nodeReuse:false -nologo -v:q > artifacts/samples/SensorHub.Insecure.log 2>&1
insecure_exit=$?
set -e
grep -oE "([^ /]+\.cs\([0-9]+,[0-9]+\)|CSC) ?: (error|warning) IOT[0-9]{4}: .*\(https" artifacts/samples/SensorHub.Insecure.log | sed 's/ (https$//' | sort -u | sed 's/^/   /'
if [ $insecure_exit -eq 0 ] || ! grep -q "error IOT" artifacts/samples/SensorHub.Insecure.log; then
  echo "!! the insecure twin built without IoTSecure errors"; status=1
else
  echo "-- the insecure twin failed its build, as it should"
fi
exit $status
