#!/usr/bin/env bash
# Issue 14, defect 14: a saved news page shows its <h1> as the headline (not the <title> with
# the site's name), and its cookie banner, share row and "Lesen Sie auch" teasers are gone.
source "$(dirname "$0")/lib.sh"
scenario() {
    cat >page.html <<'HTML'
<!doctype html><html><head><title>Stadtrat beschließt Radweg | Nordkurier Online</title></head>
<body class="cookie-consent-open">
<div id="cookie-banner"><p>Wir verwenden Cookies für Statistik.</p><div><p>Alle akzeptieren</p></div></div>
<article><h1>Radweg an der Mühlstraße kommt</h1>
<p>Der Stadtrat von Lindenau hat den Bau eines Radwegs beschlossen.</p>
<div class="share-buttons"><a>Auf Facebook teilen</a></div>
<div class="read-more-teaser"><p>Lesen Sie auch: Haushalt 2025</p></div>
<p>Die Arbeiten sollen im Frühjahr beginnen.</p></article></body></html>
HTML
    launch page.html
    wait_for "Die Arbeiten sollen im Frühjahr beginnen" "the article text ($1)"
    wait_for "Radweg an der Mühlstraße kommt" "the headline ($1)"
    local shown; shown="$(screen)"
    for gone in "Nordkurier Online" "Cookies" "Alle akzeptieren" "Facebook" "Lesen Sie auch"; do
        echo "$shown" | grep -q "$gone" && fail "'$gone' is shown ($1)"
    done
    keys q
    expect_exit 0
}
each_term scenario
pass
