#!/usr/bin/env bash
# npm run check:package: lints the published package — publint (package.json fields against
# the files) and arethetypeswrong (types resolve under node10, node16 CJS/ESM and bundler for
# every entry point). Both must be clean. Builds dist/ first when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f dist/index.js ] || npm run build

npx --no-install publint --strict
npx --no-install attw --pack .
