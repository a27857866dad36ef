// A conflict as the reporter meets it in the window, against the real PostgreSQL of the test
// command: two desks changed the same words; on Cường's desk the article shows a banner
// naming An (as the office names her); "Resolve…" opens the passages side by side; keeping both (or
// editing the result) saves a new revision, the banner goes, and the office gets the choice at the
// next sync.
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "TestOfficeServer.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "sync/ConflictBanner.h"
#include "sync/ConflictDialog.h"
#include "sync/ConflictService.h"
#include "text/RichText.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>

#include <memory>

using namespace PressDesk;
using TestSupport::child;

class TestConflictGui : public QObject
{
    Q_OBJECT

    TestOfficeServer m_office;
    QTemporaryDir m_dir;
    QString m_an, m_cuong, m_shots;

    // An article An and Cường both changed in the same sentence; Cường's pass found the
    // conflict. Returns its id.
    QString conflict(TestDesk &an, TestDesk &cuong, const QString &title)
    {
        Article a;
        a.title = title;
        a.bodyHtml =
            QStringLiteral("<p>Sáng 19/02, xã tổ chức hội nghị.</p><p>Hội nghị kết thúc lúc 11 "
                           "giờ.</p>");
        const QString id = ArticleRepository(*an.db).create(a).value().id;
        if (!an.sync() || !cuong.sync())
            return {};
        const auto edit = [&](TestDesk &desk, const QString &from, const QString &to) {
            Article x = desk.article(id);
            x.bodyHtml.replace(from, to);
            return bool(ArticleRepository(*desk.db).save(x, SaveKind::Manual));
        };
        if (!edit(an, QStringLiteral("hội nghị."), QStringLiteral("hội nghị sơ kết.")) ||
            !edit(cuong, QStringLiteral("hội nghị."), QStringLiteral("hội nghị trực tuyến.")))
            return {};
        if (!an.sync())
            return {};
        auto pass = cuong.sync();
        if (!pass || pass->conflicts != 1)
            return {};
        return id;
    }

    std::unique_ptr<MainWindow> openWindow(TestDesk &desk, const QString &id)
    {
        auto w = std::make_unique<MainWindow>(*desk.db);
        w->resize(1280, 800);
        w->show();
        if (!w->editor()->openArticle(id))
            return {};
        return w;
    }

    void shoot(QWidget *widget, const QString &file)
    {
        if (m_shots.isEmpty())
            return;
        QApplication::processEvents();
        QVERIFY(widget->grab().save(m_shots + u'/' + file));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PRESSDESK_NO_KEYCHAIN", "1");
        installTranslation(qApp, QStringLiteral("en"));
        m_shots = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
        PRESSDESK_REQUIRE_POSTGRES(m_office.pg());
        const QString error = m_office.setUp(QStringLiteral("UBND xã Hoài Đức"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_an =
            m_office.addPerson(QStringLiteral("an"), Role::Staff, QStringLiteral("Nguyễn Văn An"));
        m_cuong = m_office.addPerson(QStringLiteral("cuong"), Role::Staff);
        QVERIFY(!m_an.isEmpty() && !m_cuong.isEmpty());
    }

    void cleanupTestCase()
    {
        const QString error = m_office.tearDown();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void keepingBothFromTheBanner()
    {
        auto an = m_office.join(m_dir.path(), m_an, {});
        auto cuong = m_office.join(m_dir.path(), m_cuong, {});
        const QString id = conflict(*an, *cuong, QStringLiteral("Hội nghị sơ kết"));
        QVERIFY(!id.isEmpty());

        auto w = openWindow(*cuong, id);
        QVERIFY(w);
        auto *banner = child<ConflictBanner>(w.get(), QStringLiteral("conflictBanner"));
        QTRY_VERIFY(banner->isVisible());
        const QString said = child<QLabel>(banner, QStringLiteral("conflictLabel"))->text();
        QVERIFY2(said.contains(QStringLiteral("Nguyễn Văn An")), qPrintable(said));
        shoot(w.get(), QStringLiteral("conflict-banner.png"));

        TestSupport::answerModal(QStringLiteral("conflictDialog"), [&](QWidget *dialog) {
            auto *list = child<QListWidget>(dialog, QStringLiteral("passageList"));
            QCOMPARE(list->count(), 1);
            QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Body: ")));
            const QString compared =
                child<QTextBrowser>(dialog, QStringLiteral("comparisonBrowser"))->toPlainText();
            QVERIFY2(compared.contains(QStringLiteral("trực tuyến")) &&
                         compared.contains(QStringLiteral("sơ kết")),
                     qPrintable(compared));
            QVERIFY(child<QPushButton>(dialog, QStringLiteral("takeTheirsButton"))
                        ->text()
                        .contains(QStringLiteral("Nguyễn Văn An")));
            shoot(dialog, QStringLiteral("conflict-dialog.png"));
            QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("keepBothButton")),
                              Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(banner, QStringLiteral("resolveConflictButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!banner->isVisible());
        // The editor shows the choice: both sentences, Cường's first.
        const QString shown = RichText::plainText(w->editor()->bodyEdit()->document());
        const auto mine = shown.indexOf(QStringLiteral("hội nghị trực tuyến"));
        const auto theirs = shown.indexOf(QStringLiteral("hội nghị sơ kết"));
        QVERIFY2(mine >= 0 && theirs > mine, qPrintable(shown));
        QVERIFY(ConflictService(*cuong->db).open(id).value().isEmpty());

        // At the next passes the office and An's desk have it, and An's banner never stays.
        QVERIFY_PASS(cuong->sync());
        QVERIFY_PASS(an->sync());
        QCOMPARE(an->article(id).bodyHtml, cuong->article(id).bodyHtml);
        QVERIFY(ConflictService(*an->db).open(id).value().isEmpty());
    }

    void editingTheResult()
    {
        auto an = m_office.join(m_dir.path(), m_an, {});
        auto cuong = m_office.join(m_dir.path(), m_cuong, {});
        const QString id = conflict(*an, *cuong, QStringLiteral("Hội nghị tổng kết"));
        QVERIFY(!id.isEmpty());
        QVERIFY_PASS(an->sync());

        // On An's desk this time: "mine" is hers.
        auto w = openWindow(*an, id);
        QVERIFY(w);
        auto *banner = child<ConflictBanner>(w.get(), QStringLiteral("conflictBanner"));
        QTRY_VERIFY(banner->isVisible());
        TestSupport::answerModal(QStringLiteral("conflictDialog"), [&](QWidget *dialog) {
            QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("editButton")),
                              Qt::LeftButton);
            auto *result = child<QTextEdit>(dialog, QStringLiteral("resultTextEdit"));
            QVERIFY(result->isVisible());
            // Both versions are there to cut from.
            QVERIFY(result->toPlainText().contains(QStringLiteral("hội nghị sơ kết")) &&
                    result->toPlainText().contains(QStringLiteral("hội nghị trực tuyến")));
            RichText::setHtml(result->document(),
                              QStringLiteral("<p>Sáng 19/02, xã tổ chức hội nghị sơ kết trực "
                                             "tuyến.</p><p>Hội nghị kết thúc lúc 11 giờ.</p>"));
            shoot(dialog, QStringLiteral("conflict-dialog-edit.png"));
            QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveEditedButton")),
                              Qt::LeftButton);
        });
        banner->resolve();
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY(an->article(id).bodyHtml.contains(QStringLiteral("hội nghị sơ kết trực tuyến")));
        QVERIFY_PASS(an->sync());
        QVERIFY_PASS(cuong->sync());
        QVERIFY(cuong->article(id).bodyHtml.contains(QStringLiteral("hội nghị sơ kết trực tuyến")));
        QVERIFY(ConflictService(*cuong->db).open(id).value().isEmpty());
    }
};

QTEST_MAIN(TestConflictGui)
#include "TestConflictGui.moc"
