#pragma once

#include <QString>

// Reduces any HTML (pasted from a browser, Word, LibreOffice, or imported) to PressDesk's
// clean semantic body HTML, using a real HTML5 parser (gumbo).
//
// The whitelist: p, h2, h3, strong, em, a[href], ul, ol, li, blockquote, br,
// figure > img[src, alt] + figcaption, table > caption + tr > th/td[colspan, rowspan].
// Everything else is unwrapped (its text kept) or, for
// script/style/iframe/object/embed/template/head content, dropped with its content.
// Attributes other than a@href, img@src, img@alt, th/td@colspan/rowspan never survive. Allowed URL
// schemes: a@href: http, https, mailto; img@src: http, https, pdimg (PressDesk's local image store,
// "pdimg:<sha256 hex>"). Anything else (javascript:, data:, vbscript:, file:) is removed.
//
// Output is canonical: one block per line ("<p>…</p>\n<h2>…</h2>\n…"), text NFC,
// entities only for & < > " (&amp; &lt; &gt; &quot;), no empty inline elements, b -> strong,
// i -> em, h1 -> h2, h4-h6 -> h3, loose inline text wrapped in <p>.
// sanitize(sanitize(x)) == sanitize(x).
namespace PressDesk::Html {

QString sanitize(const QString &html);

// Plain text of clean (or any) HTML: blocks separated by a blank line ("\n\n"); a table as its
// caption and one line per row, the cells separated by tabs.
QString toPlainText(const QString &html);

} // namespace PressDesk::Html
