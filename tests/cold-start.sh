#!/usr/bin/env bash
# Time from process start to the first answer through /api/messages, on an existing store:
#   bash tests/cold-start.sh [contacts]
# Seeds a fresh store, logs [contacts] outreach contacts (default 2000), kills the host (SIGKILL, so
# LiteDB replays its log on the next start), then restarts it three times and times each: first the
# build (`dotnet run`, JIT-compiled), then the deployable publish (ReadyToRun, compiled ahead of time).
set -euo pipefail
cd "$(dirname "$0")/.."
contacts=${1:-2000}
port=5597
dotnet build src/CcmBot.Web -c Release -v q -nologo >/dev/null
dotnet publish src/CcmBot.Web -c Release -r linux-x64 --self-contained false -o artifacts/host -v q -nologo >/dev/null
dir=$(mktemp -d)
pid=
# A host left running would keep the port, and the next run would time a stale process.
trap '[ -z "$pid" ] || kill -9 "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
dll=src/CcmBot.Web/bin/Release/net10.0/CcmBot.Web.dll
host() {
  Store__Path="$dir/store.db" ASPNETCORE_ENVIRONMENT=Production Access__MessagesPerMinute=100000000 Logging__LogLevel__Default=Warning \
    dotnet "$dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  echo $!
}
message() {
  printf '{"type":"message","id":"%s","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c"},"deliveryMode":"expectReplies","text":"%s"}' "$1" "$2"
}
export -f message; export port
pid=$(host)
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.05; done
seq 1 "$contacts" | xargs -P 8 -I{} bash -c 'curl -s -o /dev/null -X POST -H "Content-Type: application/json" "http://127.0.0.1:$port/api/messages" -d "$(message m{} "log letter to Togo on 3 May 2019 about overdue annual report, summary: item {}")"'
logged=$(curl -s -X POST -H "Content-Type: application/json" "http://127.0.0.1:$port/api/messages" -d "$(message count "how many letters have we sent to Togo?")" | grep -o '[0-9]* letters with Togo' | head -1 || true)
echo "store ready: ${logged:-no letters recorded}"
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
for build in "JIT (build)" "ReadyToRun (publish)"; do
  [ "$build" = "JIT (build)" ] || dll=artifacts/host/CcmBot.Web.dll
  for run in 1 2 3; do
    start=$(date +%s%N)
    pid=$(host)
    until curl -sf -X POST -H "Content-Type: application/json" "http://127.0.0.1:$port/api/messages" -d "$(message q$run "how many States Parties?")" | grep -q "States Parties"; do sleep 0.01; done
    echo "$build, restart $run on a store with $contacts contacts: first answer $(( ($(date +%s%N) - start) / 1000000 )) ms after process start"
    kill -9 "$pid"; wait "$pid" 2>/dev/null || true
  done
done
