#!/usr/bin/env bash
# The long versions of the fuzz, kill and load runs, one command (about 25 minutes on 2 cores):
#   bash tests/long-run.sh [log file]
# The quick versions of the same runs are part of `dotnet test` and .ci/run. Figures go to the
# terminal and to the log file (default long-run.log); README "Reliability and performance" quotes one.
set -euo pipefail
cd "$(dirname "$0")/.."
log=${1:-long-run.log}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
{
  echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, commit $(git rev-parse --short HEAD)"
  dotnet build CcmBot.sln -c Release -v q -nologo | grep -a -E "error|Warn|Elapsed" || true
  # The load runs start the host as it is deployed: published, compiled ahead of time (ReadyToRun).
  dotnet publish src/CcmBot.Web -c Release -r linux-x64 --self-contained false -o artifacts/host -v q -nologo | grep -a -E "error" || true

  echo "== fuzz: 100,000 hostile activities through /api/messages (counts by outcome), then the parsers"
  CCMBOT_FUZZ_ACTIVITIES=100000 dotnet test tests/CcmBot.Web.Tests -c Release --no-build \
    --filter "FullyQualifiedName~HostileInput" --logger "console;verbosity=detailed" | grep -a -E "^\s+[0-9]+\s+\S.*->|activities, seed|^\s+(Passed|Failed) CcmBot"
  dotnet test tests/CcmBot.Core.Tests -c Release --no-build --filter "FullyQualifiedName~ParserFuzz" | grep -a -E "Passed!|Failed!"

  echo "== faults: 50 SIGKILLs while logging outreach, 50 while sending reminders; a channel failing at random; full and read-only disk"
  CCMBOT_KILL_RUNS=50 dotnet test tests/CcmBot.Web.Tests -c Release --no-build \
    --filter "FullyQualifiedName~OutreachCrash|FullyQualifiedName~ReminderCrash|FullyQualifiedName~StoreDiskFault|FullyQualifiedName~A_channel_that_fails" \
    --logger "console;verbosity=detailed" | grep -a -E "kills;|^\s+(Passed|Failed|Skipped) CcmBot"

  echo "== load: 32, 128 and 512 clients, 60 s each after 15 s of warm-up (code compiled ahead of time is recompiled once hot), 10% of requests logging outreach, against echo; then a 10-minute soak"
  dotnet run -c Release --project tests/CcmBot.Benchmark --no-build -- --levels 32,128,512 --seconds 60 --warmup 15 --soak-minutes 10 --host artifacts/host
  echo "== done $(date -u '+%H:%M UTC')"
} 2>&1 | tee "$log"
