// The office dictionary as a reporter notices it, against the real PostgreSQL of the test
// command: Cường has an article open with the village's name and a borrowed word underlined;
// An adds them to the office dictionary on her desk; once both desks synced, the underline is
// gone from Cường's open editor without his touching it, and comes back when An removes one.
#include "GuiTestSupport.h"
#include "TestOfficeServer.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace PressDesk;
using TestSupport::child;

namespace {

// The words of the body drawn with the spell-check underline.
QStringList underlined(BodyTextEdit *body)
{
    QStringList words;
    for (QTextBlock b = body->document()->begin(); b.isValid(); b = b.next())
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words << b.text().mid(r.start, r.length);
    return words;
}

} // namespace

class TestDictionarySyncGui : public QObject
{
    Q_OBJECT

    TestOfficeServer m_office;
    QTemporaryDir m_dir;
    QString m_an, m_cuong;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PRESSDESK_REQUIRE_POSTGRES(m_office.pg());
        const QString error = m_office.setUp(QStringLiteral("UBND xã Pác Nặm"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_an = m_office.addPerson(QStringLiteral("an"), Role::Staff, QStringLiteral("Lò Thị An"));
        m_cuong = m_office.addPerson(QStringLiteral("cuong"), Role::Staff);
        QVERIFY(!m_an.isEmpty() && !m_cuong.isEmpty());
    }

    void cleanupTestCase()
    {
        const QString error = m_office.tearDown();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void aWordAddedOnAnotherDeskIsNoLongerUnderlined()
    {
        auto an = m_office.join(m_dir.path(), m_an);
        auto cuong = m_office.join(m_dir.path(), m_cuong);
        Article a;
        a.title = QStringLiteral("Phiên chợ vùng cao");
        a.bodyHtml = QStringLiteral("<p>Thôn Khuổi Vài tổ chức livestream bán nông sản.</p>");
        const QString id = ArticleRepository(*cuong->db).create(a).value().id;

        ArticleEditor editor(*cuong->db);
        editor.resize(1000, 700);
        editor.show();
        QVERIFY(editor.openArticle(id));
        auto *body = child<BodyTextEdit>(&editor, QStringLiteral("bodyTextEdit"));
        QTRY_COMPARE(underlined(body),
                     (QStringList{QStringLiteral("Khuổi"), QStringLiteral("livestream")}));

        DictionaryRepository dictionary(*an->db);
        QVERIFY(dictionary.add(QStringLiteral("Khuổi Vài"), DictionaryWord::Kind::Name));
        QVERIFY(dictionary.add(QStringLiteral("livestream"), DictionaryWord::Kind::Word));
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QTRY_COMPARE(underlined(body), QStringList());
        QVERIFY(!editor.hasUnsavedChanges());

        QVERIFY(dictionary.remove(QStringLiteral("livestream")));
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QTRY_COMPARE(underlined(body), QStringList{QStringLiteral("livestream")});
    }
};

QTEST_MAIN(TestDictionarySyncGui)
#include "TestDictionarySyncGui.moc"
