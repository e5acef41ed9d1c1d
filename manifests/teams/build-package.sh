#!/usr/bin/env bash
# Fills the placeholders of the Teams app manifest and zips the app package.
# Usage: manifests/teams/build-package.sh <bot app id (GUID)> <bot domain, e.g. ccmbot.example.org> [Teams app id (GUID)]
# Output: manifests/teams/build/manifest.json and manifests/teams/build/ccmbot-teams.zip (upload it in Teams: Apps > Manage your apps > Upload an app).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bot_id="${1:?bot app id (the MicrosoftAppId of the Azure Bot registration)}"
domain="${2:?domain the bot is reached at (no scheme)}"
app_id="${3:-$bot_id}"
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[[ "$bot_id" =~ $guid ]] || { echo "bot app id must be a GUID: $bot_id" >&2; exit 2; }
[[ "$app_id" =~ $guid ]] || { echo "Teams app id must be a GUID: $app_id" >&2; exit 2; }
[[ "$domain" =~ ^[A-Za-z0-9.-]+(:[0-9]+)?$ ]] || { echo "domain must be a host name, without https://: $domain" >&2; exit 2; }
out="$here/build"
rm -rf "$out" && mkdir -p "$out"
sed -e "s/{{BOT_ID}}/$bot_id/g" -e "s/{{APP_ID}}/$app_id/g" -e "s/{{BOT_DOMAIN}}/$domain/g" "$here/manifest.json" > "$out/manifest.json"
cp "$here/color.png" "$here/outline.png" "$out/"
python3 - "$out" <<'PY'
import sys, zipfile, os
out = sys.argv[1]
with zipfile.ZipFile(os.path.join(out, "ccmbot-teams.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "color.png", "outline.png"):
        z.write(os.path.join(out, name), name)
PY
echo "$out/ccmbot-teams.zip"
