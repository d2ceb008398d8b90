package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void htmlKeepsTheTextOnly() {
        String html = "<html><head><title>t</title><style>p{}</style></head><body><!-- 99 tanks --><h1>Aid news</h1>"
                + "<script>var n = '100 tanks';</script><p>Norway sends&nbsp;two <b>NASAMS</b> &amp; &pound;5&#160;million.</p>"
                + "<ul><li>12 guns</li><li>4 radars</li></ul><p>It&rsquo;s done &#x2014; &quot;fast&quot;.</p></body></html>";
        String text = Markup.html(html);
        assertThat(text).isEqualTo("Aid news\n\nNorway sends two NASAMS & £5 million.\n\n- 12 guns\n\n- 4 radars\n\nIt\u2019s done \u2014 \"fast\".\n");
        assertThat(text).doesNotContain("100 tanks").doesNotContain("99 tanks").doesNotContain("p{}");
    }

    @Test
    void markdownKeepsTheTextOnly() {
        String md = "# Canada buys NASAMS\n\n**Canada** will buy a [NASAMS](https://example.org/x) for *C$406 million*.\n\n"
                + "* one item\n+ another `item`\n> quoted __text__\n";
        assertThat(Markup.markdown(md)).isEqualTo("Canada buys NASAMS\n\nCanada will buy a NASAMS for C$406 million.\n\n"
                + "- one item\n- another item\nquoted text\n");
    }

    @Test
    void anHtmlTableBecomesAPipeTableWithItsFirstRowAsHeader() {
        String html = "<p>Overview</p><table><thead><tr><th>Equipment</th><th>Quantity</th></tr></thead>"
                + "<tbody><tr><td><b>M113</b> carriers</td><td>62</td></tr><tr><td>a | b</td><td>2</td></tr></tbody></table><p>End</p>";
        assertThat(Markup.html(html)).isEqualTo("Overview\n\n| Equipment | Quantity |\n| --- | --- |\n| M113 carriers | 62 |\n| a / b | 2 |\n\nEnd\n");
    }

    @Test
    void aCellSpanningRowsStandsInEachRowItSpansAndOneSpanningColumnsKeepsTheOthersUnderTheirHeaders() {
        String html = "<table><tr><th>Donor</th><th>System</th><th>Quantity</th></tr>"
                + "<tr><td rowspan=\"2\">Norway</td><td>NASAMS</td><td>2</td></tr><tr><td>F-16</td><td>6</td></tr>"
                + "<tr><td colspan='2'>Total</td><td>8</td></tr></table>";
        assertThat(Markup.html(html)).contains("| Norway | NASAMS | 2 |\n| Norway | F-16 | 6 |\n| Total | | 8 |\n");
    }

    @Test
    void aHeaderOfTwoRowsReadsAsOneAndStruckOutTextIsGone() {
        String html = "<table><thead><tr><th rowspan=\"2\">Donor</th><th colspan=\"2\">Units</th><th rowspan=\"2\">Notes</th></tr>"
                + "<tr><th>Pledged</th><th>Delivered</th></tr></thead>"
                + "<tbody><tr><td>Germany</td><td>8</td><td><del>3</del> <ins>4</ins></td><td>corrected</td></tr></tbody></table>";
        assertThat(Markup.html(html)).isEqualTo("| Donor | Units Pledged | Units Delivered | Notes |\n| --- | --- | --- | --- |\n"
                + "| Germany | 8 | 4 | corrected |\n");
        // a table of header cells only keeps its first row as header and the others as rows
        assertThat(Markup.html("<table><tr><th>Donor</th><th>Units</th></tr><tr><th>Norway</th><th>2</th></tr></table>"))
                .isEqualTo("| Donor | Units |\n| --- | --- |\n| Norway | 2 |\n");
        // "<s>" is struck out, "<span>" and "<strong>" are not
        assertThat(Markup.html("<p>Was <s>40</s> 14, <strong>now</strong> <span>final</span></p>")).isEqualTo("Was 14, now final\n");
    }

    @Test
    void aNewsFeedReadsAsItsTitlesAndTheBodiesOfItsItemsWhetherInCdataOrEscaped() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Defence news</title>"
                + "<lastBuildDate>Fri, 15 Nov 2024 14:05:00 +0100</lastBuildDate><ttl>60</ttl>"
                + "<item><title>Two NASAMS</title><guid>id3071245</guid><pubDate>Fri, 15 Nov 2024 10:30:00 +0100</pubDate>"
                + "<description><![CDATA[<p>Norway will donate two NASAMS &amp; missiles.</p><p>More soon.</p>]]></description></item>"
                + "<item><title>Ammunition</title><description>&lt;p&gt;NOK 275 million for shells.&lt;/p&gt;</description></item>"
                + "</channel></rss>";
        assertThat(Markup.xml(rss)).isEqualTo("Defence news\n\nTwo NASAMS\n\nNorway will donate two NASAMS & missiles.\n\nMore soon.\n\n"
                + "Ammunition\n\nNOK 275 million for shells.\n");
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title type=\"text\">F-16s</title><id>urn:1</id>"
                + "<updated>2024-10-28</updated><content type=\"html\">&lt;b&gt;Six&lt;/b&gt; F-16 pledged</content></entry></feed>";
        assertThat(Markup.xml(atom)).isEqualTo("F-16s\n\nSix F-16 pledged\n");
    }

    @Test
    void otherXmlReadsAsFieldsOfRecordsSetApartByBlankLines() {
        String xml = "<?xml version=\"1.0\"?>\n<!-- export -->\n<pledges>\n  <pledge id=\"1\">\n    <donor>Germany</donor>\n"
                + "    <system>IRIS-T SLM</system>\n    <quantity>4</quantity>\n  </pledge>\n  <pledge id=\"2\">\n"
                + "    <donor>Sweden</donor>\n    <system><![CDATA[CV90 & spares]]></system>\n    <quantity>50</quantity>\n  </pledge>\n</pledges>\n";
        assertThat(Markup.xml(xml)).isEqualTo("donor: Germany\nsystem: IRIS-T SLM\nquantity: 4\n\ndonor: Sweden\nsystem: CV90 & spares\nquantity: 50\n");
    }

    @Test
    void textStruckThroughIsDroppedAndTheFiguresThatReplaceItKept() {
        assertThat(Markup.markdown("- Denmark: ~~6~~ 12 delivered; Norway <del>2</del> <ins>4</ins> delivered, first ~~in 2024~~ in 2025\n"))
                .isEqualTo("- Denmark:  12 delivered; Norway  4 delivered, first  in 2025\n");
        assertThat(Markup.markdown("about ~50 tanks, ~ 20 guns and ~~\n")).isEqualTo("about ~50 tanks, ~ 20 guns and ~~\n");
        assertThat(Markup.html("<p>Norway: <s>2</s> <ins>4</ins> delivered</p>")).isEqualTo("Norway: 4 delivered\n");
    }

    @Test
    void aFootnotesMarkAfterANumberIsNoPartOfIt() {
        assertThat(Markup.html("<p>Germany pledged 18<sup>1</sup> Leopard 2A6 and 14<sup>[b]</sup> more</p>"))
                .isEqualTo("Germany pledged 18 Leopard 2A6 and 14 more\n");
        assertThat(Markup.markdown("pledged 135 of them[^5], and 14<sup>2</sup> more.\n\n[^5]: Joint statement of 7 February 2023.\n"))
                .isEqualTo("pledged 135 of them, and 14 more.\n\n\n");
    }

    @Test
    void aPagesNavigationCookieNoticeAndListsOfLinksAreNotItsText() {
        String page = "<div class=\"cookie-consent\"><p>We use 12 cookies.</p></div><nav><ul><li><a href=\"/\">Home</a></li></ul></nav>"
                + "<article><p>Finland approved a package worth 188 million euros.</p>"
                + "<aside><h3>Related</h3><ul><li><a href=\"/a\">Sweden sends 10 more Archer guns</a></li><li><a href=\"/b\">Norway to buy 6 NASAMS</a></li></ul></aside>"
                + "<ul><li>Finland gave <a href=\"/c\">2 NASAMS</a> in 2023</li></ul></article>";
        assertThat(Markup.html(page)).isEqualTo("Finland approved a package worth 188 million euros.\n\nRelated\n\n- Finland gave 2 NASAMS in 2023\n");
    }
}
