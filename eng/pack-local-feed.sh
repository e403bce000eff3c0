#!/usr/bin/env bash
# Packs IoTSecure.Analyzers and IoTSecure.Sdk into a local folder feed, so a device project can use them before
# there is a public feed. Prints the version, the nuget.config to put beside your device project, and the lines
# to add to it.
#
#   ./eng/pack-local-feed.sh [--version 0.1.0-local.20261130] [--output DIR] [-- extra dotnet pack arguments]
#
# The default version is unique (0.1.0-local.<UTC timestamp>), so NuGet never serves an older copy of the same
# version from its cache. The default folder is artifacts/feed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="0.1.0-local.$(date -u +%Y%m%d%H%M%S)"
output="$root/artifacts/feed"
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version="$2"; shift 2 ;;
    --output) output="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "pack-local-feed.sh: unknown argument '$1' (expected --version V, --output DIR, or -- followed by dotnet pack arguments)" >&2; exit 2 ;;
  esac
done
mkdir -p "$output"
output="$(cd "$output" && pwd)"
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for project in nuget/IoTSecure.Analyzers/IoTSecure.Analyzers.Package.csproj nuget/IoTSecure.Sdk/IoTSecure.Sdk.Package.csproj; do
  echo "Packing $project ..." >&2
  dotnet pack "$root/$project" -c Release -p:Version="$version" -o "$output" -nodeReuse:false -v:q -nologo ${extra[@]+"${extra[@]}"} >&2
done

cat <<MSG
IoTSecure $version is in $output

1. Put this nuget.config beside your device project (or add the <add> line to the one you have):

<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="iotsecure-local" value="$output" />
  </packageSources>
</configuration>

2. Reference the analyzers (or use <Sdk Name="IoTSecure.Sdk" Version="$version" /> instead):

dotnet add package IoTSecure.Analyzers --version $version

3. Add the declarations from the README's "Declare what regulators ask" block to the project file, then build:

dotnet build
MSG
