#!/usr/bin/env bash
# Learning from corrections: in a folder of two German articles, reject a wrong entity twice
# ("nach Essen": food, not the city) and mark a missed organisation in the first; the second
# article, opened with `]`, shows both: Essen is not suggested, Mittelstandsunion is, and the
# status line says the user model is in use; an undone correction is unlearned. `:model` lists what was learned; the user model file
# is in $XDG_DATA_HOME/marginalia/models/.
source "$(dirname "$0")/lib.sh"
start_terminal 120 32
mkdir -p "$WORK/articles/kantine"
cat >"$WORK/articles/kantine/1-kantine.txt" <<'TEXT'
Streit um die Kantine

Die Belegschaft in Bremen streitet seit Wochen über die Kantine. In der Halle roch es nach Essen, sagte Betriebsrätin Anna Brinkmann. Mittelstandsunion will die Kantine schließen.

Überall im Werk roch es nach Essen. Brinkmann blieb bei ihrer Kritik.
TEXT
cat >"$WORK/articles/kantine/2-gespraeche.txt" <<'TEXT'
Neue Gespräche in Bremen

Im Flur roch es nach Essen, als die Runde begann. Mittelstandsunion schickte keinen Vertreter.

Brinkmann nannte das Treffen hilfreich.
TEXT

# Without corrections the shipped model suggests Essen in the second article and misses
# Mittelstandsunion (checked headlessly, so the comparison below means something).
user_env=(env -i PATH="$PATH" HOME="$WORK/home" XDG_DATA_HOME="$WORK/data")
"${user_env[@]}" "$BIN" analyze "$WORK/articles/kantine/2-gespraeche.txt" --no-user-model >"$WORK/before.json" || fail "analyze failed"
grep -q '"text" *: *"Essen"' "$WORK/before.json" || fail "the shipped model no longer suggests Essen: pick another wrong entity"
grep -q '"text" *: *"Mittelstandsunion"' "$WORK/before.json" && fail "the shipped model finds Mittelstandsunion: pick another missed name"

launch kantine
wait_for "Streit um die Kantine" "the first article"
wait_analysed

# Reject both "Essen" suggestions: the search selects the match, which is the entity's span.
keys /
text "Essen"
keys Enter
wait_for "Essen" "the search"
keys r
wait_for "rejected Essen" "the first rejection"
keys n
keys r
wait_for "rejected Essen" "the second rejection"

# Mark the missed organisation.
keys /
text "Mittelstandsunion"
keys Enter
type_line ":mark-entity ORG"
wait_for "Mittelstandsunion marked ORG" "the marked organisation"
wait_for "learned" "the status line mark of the user model"
[ -s "$WORK/data/marginalia/models/user-ner-de.model" ] || fail "no user model file in \$XDG_DATA_HOME/marginalia/models"

# :model shows what it learned.
type_line ":model"
wait_for "no longer suggested: Essen" "Essen silenced in :model"
wait_for "marked Mittelstandsunion as ORG" "the marked name in :model"

# The second article reflects both corrections.
keys ]
wait_for "Neue Gespräche in Bremen" "the second article"
wait_analysed
# The side panes are right of the article: what follows the first border on each row.
panes() { screen | sed -n 's/^[^│]*│//p'; }
wait_for "│ +• Mittelstandsunion" "the organisation in the second article's Entities pane"
panes | grep -Eq "ORG \(1\)" || fail "no ORG group in the second article's Entities pane"
panes | grep -Eq "• Bremen" || fail "Bremen missing from the second article's Entities pane"
panes | grep -q "Essen" && fail "Essen still suggested in the second article"
screen | grep -Eq "2-gespraeche\.txt \[2/2\].*learned" || fail "the status line does not show the user model in use"

# Undo unlearns: retype a name, undo it, and :model lists it as unlearned.
keys /
text "Brinkmann"
keys Enter
type_line ":mark-entity ORG"
wait_for "Brinkmann marked ORG" "the retyped name"
keys u
wait_for "undone" "the undo"
type_line ":model"
wait_for "unlearned" "the undone correction unlearned in :model"
keys q
expect_exit 0
expect_terminal_restored

# From the shell: analyze uses the saved user model (unless --no-user-model), model show lists
# it, export/reset/import move it.
"${user_env[@]}" "$BIN" analyze "$WORK/articles/kantine/2-gespraeche.txt" >"$WORK/after.json" || fail "analyze with the user model failed"
grep -q '"text" *: *"Essen"' "$WORK/after.json" && fail "analyze still suggests Essen with the user model"
grep -q '"text" *: *"Mittelstandsunion"' "$WORK/after.json" || fail "analyze misses Mittelstandsunion with the user model"
"${user_env[@]}" "$BIN" model show | grep -q "no longer suggested: Essen" || fail "model show does not list Essen"
"${user_env[@]}" "$BIN" model export "$WORK/team.model" >/dev/null || fail "model export failed"
"${user_env[@]}" "$BIN" model reset >/dev/null 2>&1 && fail "model reset without --yes went ahead"
"${user_env[@]}" "$BIN" model reset --yes >/dev/null || fail "model reset --yes failed"
[ -e "$WORK/data/marginalia/models/user-ner-de.model" ] && fail "model reset left the file"
"${user_env[@]}" "$BIN" model import "$WORK/team.model" >/dev/null || fail "model import failed"
"${user_env[@]}" "$BIN" model show | grep -q "marked Mittelstandsunion as ORG" || fail "the imported model lost its changes"
"${user_env[@]}" "$BIN" model import "$WORK/before.json" 2>"$WORK/err.txt" && fail "a JSON file was imported as a user model"
grep -q "not a Marginalia user model" "$WORK/err.txt" || fail "no clear error for a bad import: $(cat "$WORK/err.txt")"
