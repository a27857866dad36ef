// Publishing N articles with one photo each to the test WordPress: PressDesk's publisher
// beside a plain curl loop doing the same requests (upload the photo, set its alt text and
// caption, create the post) on the same portal. Figures go to docs/PERFORMANCE.md.
//
//   source build/…/services/wordpress.env   # or run scripts/wordpress-test-env.sh start DIR
//   bench_publish [--articles 200]
#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "publish/WordPressPortal.h"
#include "store/ArticleRepository.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "store/UserRepository.h"
#include "text/TextFold.h"
#include "workflow/WorkflowService.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace PressDesk;

namespace {

QByteArray photo(int i)
{
    QImage image(800, 533, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((i * 37) % 360, 120, 200)); // each photo distinct
    for (int y = 0; y < image.height(); y += 8)
        for (int x = (y / 8 + i) % 16; x < image.width(); x += 16)
            image.setPixelColor(x, y, Qt::white);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return jpeg;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("articles"), QString(), QStringLiteral("N"), QStringLiteral("200")});
    p.process(app);
    const int n = p.value(QStringLiteral("articles")).toInt();
    const QUrl url(qEnvironmentVariable("PRESSDESK_TEST_WP_URL"));
    const QString user = qEnvironmentVariable("PRESSDESK_TEST_WP_USER");
    const QString password = qEnvironmentVariable("PRESSDESK_TEST_WP_PASSWORD");
    if (url.isEmpty()) {
        std::fprintf(stderr, "no test WordPress: source its wordpress.env first\n");
        return qEnvironmentVariableIntValue("PRESSDESK_REQUIRE_SERVICES") ? 1 : 0;
    }
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened)
        return 1;
    Database &db = *opened.value();
    if (!UserRepository(db).ensureCurrentUser())
        return 1;
    WordPressPortal portal(url, user, password);
    auto rest = portal.discoverRestRoot();
    if (!rest) {
        std::fprintf(stderr, "%s\n", qPrintable(rest.error().message));
        return 1;
    }

    // The same work for both: photos on disk for curl, in the image store for PressDesk.
    QList<Article> articles;
    QString script = QStringLiteral("set -e\n");
    const QString auth = user + u':' + QString(password).remove(u' ');
    const auto endpoint = [&](const QString &route) {
        return portal.endpoint(route).toString();
    };
    WorkflowService wf(db);
    for (int i = 0; i < n; ++i) {
        const QByteArray jpeg = photo(i);
        const QString file = dir.filePath(QStringLiteral("photo-%1.jpg").arg(i));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(jpeg) != jpeg.size())
            return 1;
        f.close();
        auto stored = ImageStore(db).put(jpeg);
        if (!stored)
            return 1;
        Article a;
        a.title = QStringLiteral("Bài đo tốc độ đăng số %1").arg(i);
        a.lead = QStringLiteral("Sapo của bài %1.").arg(i);
        a.bodyHtml =
            QStringLiteral("<p>Đoạn mở đầu của bài %1.</p>\n<figure><img src=\"pdimg:%2\" "
                           "alt=\"Ảnh %1\"><figcaption>Chú thích ảnh %1</figcaption></figure>")
                .arg(i)
                .arg(stored->hash);
        auto created = ArticleRepository(db).create(a);
        if (!created || !wf.apply(created->id, WorkflowAction::Submit) ||
            !wf.apply(created->id, WorkflowAction::Approve))
            return 1;
        articles << created.value();

        // curl: upload, set alt text and caption, create the post with the photo's URL.
        const QString title = QStringLiteral("Bài đo bằng curl số %1").arg(i);
        script +=
            QStringLiteral("r=$(curl -sf -u '%1' -H 'Content-Type: image/jpeg' "
                           "-H 'Content-Disposition: attachment; filename=\"curl-%2.jpg\"' "
                           "--data-binary @'%3' '%4')\n"
                           "id=$(printf '%s' \"$r\" | sed -E 's/^\\{\"id\":([0-9]+).*/\\1/')\n"
                           "src=$(printf '%s' \"$r\" | sed -E "
                           "'s/.*\"source_url\":\"([^\"]+)\".*/\\1/' | sed 's#\\\\/#/#g')\n"
                           "curl -sf -o /dev/null -u '%1' -H 'Content-Type: application/json' "
                           "--data '{\"alt_text\":\"Ảnh %2\",\"caption\":\"Chú thích ảnh %2\"}' "
                           "\"%5$id\"\n"
                           "curl -sf -o /dev/null -u '%1' -H 'Content-Type: application/json' "
                           "--data \"{\\\"title\\\":\\\"%6\\\",\\\"status\\\":\\\"publish\\\","
                           "\\\"excerpt\\\":\\\"Sapo của bài %2.\\\",\\\"featured_media\\\":$id,"
                           "\\\"content\\\":\\\"<p>Đoạn mở đầu của bài %2.</p><figure><img "
                           "src=\\\\\\\"$src\\\\\\\" "
                           "alt=\\\\\\\"Ảnh %2\\\\\\\"><figcaption>Chú thích ảnh "
                           "%2</figcaption></figure>\\\"}\" "
                           "'%7'\n")
                .arg(auth)
                .arg(i)
                .arg(file, endpoint(QStringLiteral("/wp/v2/media")),
                     endpoint(QStringLiteral("/wp/v2/media/")), title,
                     endpoint(QStringLiteral("/wp/v2/posts")));
    }
    // With ?rest_route= the media id goes inside the query; with /wp-json/ after the path.
    script.replace(QStringLiteral("/wp/v2/media/\"$id\""), QStringLiteral("/wp/v2/media/$id\""));

    QElapsedTimer t;
    t.start();
    // A file, not bash -c: one argument may not exceed 128 KiB.
    const QString scriptPath = dir.filePath(QStringLiteral("curl-loop.sh"));
    QFile scriptFile(scriptPath);
    if (!scriptFile.open(QIODevice::WriteOnly) || scriptFile.write(script.toUtf8()) < 0)
        return 1;
    scriptFile.close();
    QProcess curl;
    curl.start(QStringLiteral("bash"), {scriptPath});
    curl.waitForFinished(-1);
    const double curlMs = double(t.nsecsElapsed()) / 1e6;
    if (curl.exitCode() != 0) {
        std::fprintf(stderr, "curl loop failed (%d): %s\n", curl.exitCode(),
                     curl.readAllStandardError().constData());
        return 1;
    }

    auto account = PortalRepository(db).add(QStringLiteral("Cổng"), url, user);
    if (!account)
        return 1;
    for (const Article &a : std::as_const(articles)) {
        if (!Publisher(db).enqueuePublish(a.id, account->name))
            return 1;
    }
    t.restart();
    auto sent = Publisher(db).run(account.value(), portal);
    const double ourMs = double(t.nsecsElapsed()) / 1e6;
    if (!sent || sent.value() != n) {
        std::fprintf(stderr, "publisher sent %d of %d\n", sent ? sent.value() : -1, n);
        return 1;
    }
    std::printf("| publish %d articles with one photo each | PressDesk %.0f ms (%.1f ms each) | "
                "curl loop %.0f ms (%.1f ms each) | ratio %.2f |\n",
                n, ourMs, ourMs / n, curlMs, curlMs / n, ourMs / curlMs);
    return 0;
}
