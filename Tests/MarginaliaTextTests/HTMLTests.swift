import Testing
@testable import MarginaliaText

@Suite("HTML")
struct HTMLTests {
    func html(_ source: String) throws -> LoadedArticle { try load(source, name: "a.html") }

    @Test func titleHeadingsAndParagraphs() throws {
        let article = try html("""
        <!DOCTYPE html><html><head><title>Seitentitel</title></head>
        <body><h1>Die Überschrift</h1><p>Erster   Absatz
        über zwei Zeilen.</p><h2>Teil zwei</h2><p>Zweiter Absatz.</p></body></html>
        """)
        #expect(article.title == "Die Überschrift")   // the page's <h1> before its <title> (issue 14, defect 14)
        #expect(article.text.string == "Die Überschrift\n\nErster Absatz über zwei Zeilen.\n\nTeil zwei\n\nZweiter Absatz.")
        #expect(article.headingSpans.map { article.text[$0] } == ["Die Überschrift", "Teil zwei"])
    }

    @Test func titleHeadsTheTextWithoutH1() throws {
        let article = try html("<title>Nur Titel</title><p>Text.</p>")
        #expect(article.text.string == "Nur Titel\n\nText.")
        #expect(article.headingSpans.map { article.text[$0] } == ["Nur Titel"])
    }

    @Test func furnitureIsDropped() throws {
        let article = try html("""
        <nav>Menü</nav><header>Kopf</header><script>var x = "<p>nein</p>";</script>
        <style>p { color: red }</style><p>Inhalt.</p><aside>Werbung</aside><form>Suche</form>
        <noscript>JS!</noscript><svg><title>Icon</title><text>x</text></svg><template>T</template>
        <footer>Impressum</footer>
        """)
        #expect(article.text.string == "Inhalt.")
    }

    @Test func articleHeaderIsKept() throws {
        let article = try html("<header>Seitenkopf</header><article><header><h1>Titel</h1></header><p>Text.</p></article>")
        #expect(article.text.string == "Titel\n\nText.")
    }

    @Test func listsQuotesAndLineBreaks() throws {
        let article = try html("<ul><li>Brot</li><li>Milch</ul><ol><li>Eins<li>Zwei</ol><blockquote>Zitat</blockquote><p>Zeile<br>neue Zeile</p>")
        #expect(article.text.string == "• Brot\n• Milch\n\n1. Eins\n2. Zwei\n\nZitat\n\nZeile\nneue Zeile")
    }

    @Test func preformattedTextKeepsItsLines() throws {
        let article = try html("<p>Vorher</p><pre>\nzeile  eins\n  zeile zwei</pre><p>Nachher</p>")
        #expect(article.text.string == "Vorher\n\nzeile  eins\n  zeile zwei\n\nNachher")
    }

    @Test func tableCellsAndRows() throws {
        let article = try html("<table><tr><th>Ort</th><th>Zahl</th></tr><tr><td>Kiel</td><td>3</td></tr></table>")
        #expect(article.text.string == "Ort Zahl\nKiel 3")
    }

    @Test func entitiesDecoded() throws {
        let article = try html("<p>&bdquo;Gr&uuml;&szlig;e&ldquo; &ndash; &mdash; &amp; &lt;&gt; &quot;x&quot; &#8222;a&#x201C; &euro; &hellip; &Auml;&Ouml;&Uuml;&auml;&ouml;</p>")
        #expect(article.text.string == "„Grüße“ – — & <> \"x\" „a“ € … ÄÖÜäö")
    }

    @Test func nonBreakingSpaceKept() throws {
        let article = try html("<p>am 3.&nbsp;Oktober</p>")
        #expect(article.text.string == "am 3.\u{00A0}Oktober")
    }

    @Test func unknownEntitiesAndStrayMarkupStayText() throws {
        let article = try html("<p>a < b &foo; &amp c <3 x</p>")
        #expect(article.text.string == "a < b &foo; & c <3 x")
    }

    @Test func brokenHTMLNeverFails() throws {
        for source in ["<p>offen", "<div><p>a<b>b</div>c", "<", "<<<<>>>>", "<p attr=\"x>y\">z", "</p></p>", "<!-- nie zu",
                       "<script>kein Ende", "<title>", "&#99999999999;", "&#x;", "<h1>ohne Ende<p>Text"] {
            _ = try html(source)
        }
        #expect(try html("<h1>ohne Ende<p>Text").text.string == "ohne Ende\n\nText")
    }

    @Test func megabyteOfHostileHTMLLoads() throws {
        // Stray "<" with no ">" anywhere is the classic quadratic trap for tag parsers.
        let hostile = String(repeating: "a < b <c ", count: 120_000)
        let article = try html(hostile)
        #expect(article.text.count > 500_000)
    }
}
