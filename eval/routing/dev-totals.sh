#!/bin/bash
# `eval/routing/dev-totals.sh A|B [evaluate.ts flags…]`: every development set's half A or B through
# eval/routing/evaluate.ts with the given flags, one line per set and the totals (paraphrases matched,
# negatives falsely matched, exact utterances matched). Half B: report the totals only.
set -euo pipefail
half=$1
shift
figures() { grep "kind $1" <<<"$2" | sed -E 's/.*\(([0-9]+)\/([0-9]+)\).*/\1 \2/'; }
paraphrases=0 paraphraseTotal=0 falseMatches=0 negatives=0 exact=0 exactTotal=0
for set in dev dev-3 dev-4 dev-ja dev-new-routes dev-5 dev-6; do
  output=$(nice npx tsx eval/routing/evaluate.ts --set "$set" --half "$half" "$@")
  read -r right total <<<"$(figures paraphrase "$output")"
  read -r kept negativeTotal <<<"$(figures negative "$output")"
  read -r exactRight exactCount <<<"$(figures exact "$output" || echo "0 0")"
  exactRight=${exactRight:-0} exactCount=${exactCount:-0}
  echo "$set $half: paraphrases $right/$total, false matches $((negativeTotal - kept))/$negativeTotal, exact $exactRight/$exactCount"
  paraphrases=$((paraphrases + right)) paraphraseTotal=$((paraphraseTotal + total))
  falseMatches=$((falseMatches + negativeTotal - kept)) negatives=$((negatives + negativeTotal))
  exact=$((exact + exactRight)) exactTotal=$((exactTotal + exactCount))
done
echo "all $half $*: paraphrases $paraphrases/$paraphraseTotal, false matches $falseMatches/$negatives, exact $exact/$exactTotal"
