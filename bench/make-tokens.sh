#!/usr/bin/env bash
# Makes $TOKEN_COUNT real share tokens by posting random answer sets to the app at $1, one per
# line in $TOKENS; the same sets each time (TOKEN_SEED).
set -euo pipefail
base=$1
options=("fixed mostly shifting on-call" "yes usually rarely no" "main-reason important nice-to-have not-a-factor"
	"essential helpful neutral prefer-without" "essential helpful occasional not-needed" "enjoy fine lonely drains-me"
	"several one none" "always usually sometimes rarely" "cramps-me no-effect helps need-it" "fast steady own"
	"reliable mostly spotty public-only" "one-place a-few-places on-the-move" "own shared none"
	"top important secondary not-a-factor" "degree certificate skills")
questions=(schedule.predictability schedule.live-sessions schedule.flexibility-need interaction.discussion
	interaction.instructor interaction.studying-alone interaction.online-experience motivation.self-start
	motivation.oversight motivation.pace connectivity.internet connectivity.places connectivity.equipment
	budget.priority budget.goal)
: > "$TOKENS"
# The same answer sets on every run, so that two builds are measured on the same results.
RANDOM=${TOKEN_SEED:-42}
for _ in $(seq 1 "${TOKEN_COUNT:-500}"); do
	form=""
	for i in "${!questions[@]}"; do
		read -r -a choices <<< "${options[$i]}"
		form+="${questions[$i]}=${choices[$((RANDOM % ${#choices[@]}))]}&"
	done
	curl -s -o /dev/null -w '%{redirect_url}\n' -d "${form%&}" "$base/questionnaire" | sed 's#.*/r/##' >> "$TOKENS"
done
sort -u -o "$TOKENS" "$TOKENS"
