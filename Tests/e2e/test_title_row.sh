#!/usr/bin/env bash
# Issue 14, defect 15: the title row does not repeat the heading that opens the text: the
# heading shows once; the row names the file instead, cut with an ellipsis when too long.
source "$(dirname "$0")/lib.sh"
scenario() {
    local name="stadtrat-beschliesst-den-neuen-radweg-an-der-muehlstrasse-nach-langer-debatte.txt"
    write_council_article "$name"
    launch "$name"
    wait_for "Der Stadtrat von Lindenau" "the article ($1)"
    [ "$(screen | grep -c 'Stadtrat beschließt neuen Radweg')" = 1 ] || fail "the heading is shown more than once ($1)"
    screen | head -1 | grep -q "stadtrat-beschliesst-den-neuen.*…" || fail "the title row does not name the file, cut with an ellipsis ($1)"
    keys q
    expect_exit 0
}
E2E_WIDTH=100 each_term scenario
pass
