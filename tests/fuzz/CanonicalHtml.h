#pragma once

// The elements of PressDesk's canonical body HTML (the head of src/core/text/HtmlSanitizer.cpp),
// and a small scan that checks a piece of HTML uses no other.

#include <QString>
#include <QStringView>

#include <algorithm>
#include <iterator>

namespace PressDesk::Fuzz {

// The one list of the elements the sanitizer writes: extend it when it learns another.
inline constexpr QStringView allowedElements[] = {
    u"p",      u"h2",      u"h3",         u"blockquote", u"ul", u"ol", u"li",
    u"figure", u"img",     u"figcaption", u"strong",     u"em", u"a",  u"br",
    u"table",  u"caption", u"tr",         u"th",         u"td",
};

// Every '<' of canonical HTML opens a tag (text has &lt;): its name, after an optional '/',
// must be in allowedElements.
inline bool usesOnlyCanonicalElements(const QString &html)
{
    qsizetype i = 0;
    while ((i = html.indexOf(u'<', i)) >= 0) {
        ++i;
        if (i < html.size() && html.at(i) == u'/')
            ++i;
        const qsizetype start = i;
        while (i < html.size() && (html.at(i).isLower() || html.at(i).isDigit()) &&
               html.at(i).unicode() < 0x80)
            ++i;
        const QStringView name = QStringView(html).sliced(start, i - start);
        if (std::find(std::begin(allowedElements), std::end(allowedElements), name) ==
            std::end(allowedElements))
            return false;
        if (i >= html.size() || (html.at(i) != u'>' && html.at(i) != u' '))
            return false;
    }
    return true;
}

} // namespace PressDesk::Fuzz
