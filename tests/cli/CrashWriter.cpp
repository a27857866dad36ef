// Writes and autosaves one article in a loop until killed, printing what it committed:
//   autosaved <revision> <counter>   after each autosave transaction committed
//   committed <revision> <counter>   after each manual save committed
// Arguments: DB_PATH ARTICLE_ID FIRST_COUNTER
// Used by TestCrashRecovery.
#include "store/ArticleRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QUuid>

#include <cstdio>

using namespace PressDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString articleId = QString::fromLocal8Bit(argv[2]);
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    ArticleRepository repo(*db.value());
    auto current = repo.get(articleId);
    if (!current) {
        Article a;
        a.id = articleId;
        a.title = QStringLiteral("Bài viết thử độ bền");
        current = repo.create(a);
        if (!current)
            return 1;
    }
    Article article = current.value();
    const QString session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (qint64 counter = QByteArray(argv[3]).toLongLong();; ++counter) {
        // A long-ish body so that writes span several pages.
        article.bodyHtml = QStringLiteral("<p>Lần gõ %1</p>\n<p>%2</p>")
                               .arg(counter)
                               .arg(QString(QStringLiteral("Cải cách hành chính. ")).repeated(200));
        const bool manual = counter % 5 == 0;
        auto saved = repo.save(article, manual ? SaveKind::Manual : SaveKind::Autosave, session);
        if (!saved) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().message));
            return 1;
        }
        std::printf("%s %d %lld\n", manual ? "committed" : "autosaved", saved->revisionNumber,
                    counter);
        std::fflush(stdout);
    }
}
