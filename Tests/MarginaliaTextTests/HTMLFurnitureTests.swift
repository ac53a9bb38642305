import Testing
@testable import MarginaliaText

/// Issue 14, defect 14: the headline is the page's <h1> (else og:title, else <title> without the
/// site's name), and cookie banners, share rows and "read more" teasers are not article text.
@Suite struct HTMLFurnitureTests {
    func extract(_ html: String) -> (text: String, title: String?) {
        let r = HTMLExtractor.extract(Array(html.unicodeScalars))
        return (String(String.UnicodeScalarView(r.text)), r.title)
    }

    @Test func headlineFromH1ThenOgTitleThenTitleWithoutSuffix() {
        let head = "<head><title>Radweg beschlossen | Nordkurier Online</title>"
        #expect(extract(head + "<meta property=\"og:title\" content=\"Radweg: OG\"></head><h1>Radweg: H1</h1><p>Text.</p>").title == "Radweg: H1")
        #expect(extract(head + "<meta property=\"og:title\" content=\"Radweg: OG\"></head><p>Text.</p>").title == "Radweg: OG")
        let plain = extract(head + "</head><p>Text.</p>")
        #expect(plain.title == "Radweg beschlossen")
        #expect(plain.text.hasPrefix("Radweg beschlossen\n\nText."))
        #expect(HTMLPageFurniture.withoutSiteSuffix("Stadtrat beschließt Radweg - Der Spiegel") == "Stadtrat beschließt Radweg")
        #expect(HTMLPageFurniture.withoutSiteSuffix("Kurz | Ein sehr langer Seitenname") == "Kurz | Ein sehr langer Seitenname")
    }

    @Test func bannersShareRowsAndTeasersAreDropped() {
        let page = """
        <body class="cookie-consent-open"><div id="cookie-banner"><p>Wir verwenden Cookies.</p><div><p>Mehr</p></div></div>
        <article><h1>Titel</h1><p>Erster Absatz.</p><div class="share-buttons"><a>Facebook</a></div>
        <div class="read-more-teaser"><p>Lesen Sie auch: Anderes</p></div><p>Zweiter Absatz.</p></article></body>
        """
        let text = extract(page).text
        #expect(text.contains("Erster Absatz."))
        #expect(text.contains("Zweiter Absatz."))
        for gone in ["Cookies", "Mehr", "Facebook", "Lesen Sie auch"] { #expect(!text.contains(gone), "\(gone)") }
    }
}
