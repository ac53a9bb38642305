#!/usr/bin/env bash
# Issue 14, defect 1: each tag shows in its own theme colour. Three sentences tagged 1, 2 and 3
# must be drawn in three different styles, different from untagged text, in every bundled
# theme, under three TERMs, and without colours (NO_COLOR: the monochrome theme's distinct
# attributes); the legend shows tag 1 in the same style as the text tagged 1.
source "$(dirname "$0")/lib.sh"

styles_of() { screen_with_styles | python3 "$E2E_DIR/cell_style.py" "$@"; }

check_three_tags() {
    local what="$1" s1 s2 s3 plain legend
    # Selecting with ( ) after tagging: the selection's own style is not on these sentences.
    { read -r s1; read -r s2; read -r s3; read -r plain; read -r legend; } < <(
        styles_of "Erster Satz" "Zweiter Satz" "Dritter Satz" "Vierter Satz" "1 claim")
    [ "$s1" != absent ] && [ "$s2" != absent ] && [ "$s3" != absent ] || fail "sentences not on screen ($what)"
    [ "$s1" != "$s2" ] && [ "$s2" != "$s3" ] && [ "$s1" != "$s3" ] \
        || fail "tags 1-3 look alike ($what): '$s1' / '$s2' / '$s3'"
    [ "$s1" != "$plain" ] || fail "tag 1 looks like untagged text ($what): '$s1'"
    echo "    $what: tag1=[$s1] tag2=[$s2] tag3=[$s3] plain=[$plain]"
}

run_case() {
    local term="$1" env="$2" dir="case-$1-${2:-colour}"
    dir="${dir//=/-}"
    SOCKET="e2e-$$-$term-${2:-c}"; SOCKET="${SOCKET//=/-}"
    E2E_TERM="$term" start_terminal 110 30
    mkdir -p "$WORK/articles/$dir"
    printf 'Erster Satz über den Radweg. Zweiter Satz über die Brücke. Dritter Satz über den Haushalt. Vierter Satz ohne Tag. Fünfter Satz.\n' \
        >"$WORK/articles/$dir/a.txt"
    LAUNCH_ENV="$env" launch "$dir/a.txt"
    wait_analysed
    keys 1 ')' 2 ')' 3 ')' ')'
    wait_for "Tags \(3\)" "three tags ($term $env)"
    check_three_tags "$term ${env:-colour} default theme"
    local theme
    for theme in dark light high-contrast monochrome; do
        [ -n "$env" ] && [ "$theme" != dark ] && continue   # without colours the theme's colours do not count
        text ":theme $theme"; keys Enter
        wait_for "theme $theme" "theme $theme ($term $env)"
        check_three_tags "$term ${env:-colour} $theme"
    done
    keys q
    expect_exit 0
    tm kill-server 2>/dev/null
}

for term in xterm-256color tmux-256color screen; do run_case "$term" ""; done
run_case xterm-256color "NO_COLOR=1"
pass
