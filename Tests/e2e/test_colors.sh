#!/usr/bin/env bash
# Colours follow the terminal: 256 colours where there are 256, only the 8 basic ones on an
# 8-colour terminal, none at all under NO_COLOR, where the selection and highlights remain
# visible through attributes (bold, underline, reverse).
source "$(dirname "$0")/lib.sh"
start_terminal 100 30
write_article "$WORK/articles/radweg.txt" 10

styles() { screen_with_styles | python3 "$E2E_DIR/sgr_summary.py" | tr '\n' ' '; }
styled() { [ -n "$(styles | tr -d ' ')" ]; }

run_with() {   # LAUNCH_ENV value
    LAUNCH_ENV="$1" launch radweg.txt
    wait_for "Absatz 1\." "the article ($1)"
    wait_until styled
    STYLES=" $(styles)"
    keys q
    expect_exit 0
}

run_with "TERM=tmux-256color"
echo "$STYLES" | grep -Eq " (fg|bg)(8|16|256) " || fail "no colours on a 256-colour terminal: $STYLES"

# (The model picks its monochrome theme for 8 colours; whatever it uses must fit the terminal.)
run_with "TERM=screen"
echo "$STYLES" | grep -Eq " (fg|bg)(16|256) | rgb " && fail "colours beyond the 8 basic ones on an 8-colour terminal: $STYLES"
echo "$STYLES" | grep -Eq " (bold|underline|reverse) " || fail "no attributes on an 8-colour terminal: $STYLES"

run_with "TERM=tmux-256color NO_COLOR=1"
echo "$STYLES" | grep -Eq " (fg|bg)[0-9]+ | rgb " && fail "colours under NO_COLOR: $STYLES"
echo "$STYLES" | grep -Eq " (bold|underline|reverse) " || fail "no attributes to show highlights under NO_COLOR: $STYLES"
pass
