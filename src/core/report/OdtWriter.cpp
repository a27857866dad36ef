#include "report/OdtWriter.h"

#include "report/PlanReport.h"
#include "report/ReportLayout.h"

#include <QSet>

#include <zip.h>

#include <ctime>
#include <utility>

namespace PressDesk::Odt {

using namespace ReportLayout;

namespace {

// The package, in memory (the caller saves it all or nothing): "mimetype" first and stored
// (uncompressed, no extra field), as ODF asks so that a program knows the file by its first
// bytes; the other entries deflated.
Result<QByteArray> odfPackage(const QList<std::pair<QString, QByteArray>> &entries,
                              const QSet<QString> &stored = {})
{
    auto failure = [](const QString &reason) {
        return Error{QStringLiteral("zip-failed"),
                     PlanReport::tr("the ODT package could not be put together (%1)").arg(reason)};
    };
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
    if (!archive) {
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        zip_source_free(buffer);
        return failure(reason);
    }
    zip_error_fini(&error);
    zip_source_keep(buffer); // ours to read once the archive is closed
    auto abandon = [&](const QString &reason) {
        zip_discard(archive);
        zip_source_free(buffer);
        return failure(reason);
    };

    const time_t now = std::time(nullptr);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QByteArray &data = entries[i].second; // read at zip_close: entries outlive it
        zip_source_t *source =
            zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t index = source
                                      ? zip_file_add(archive, entries[i].first.toUtf8().constData(),
                                                     source, ZIP_FL_ENC_UTF_8)
                                      : -1;
        if (index < 0) {
            zip_source_free(source);
            return abandon(QString::fromUtf8(zip_strerror(archive)));
        }
        const zip_int32_t method =
            i == 0 || stored.contains(entries[i].first) ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
        if (zip_set_file_compression(archive, zip_uint64_t(index), method, 0) < 0 ||
            zip_file_set_mtime(archive, zip_uint64_t(index), now, 0) < 0)
            return abandon(QString::fromUtf8(zip_strerror(archive)));
    }
    if (zip_close(archive) < 0)
        return abandon(QString::fromUtf8(zip_strerror(archive)));

    // Read the written archive back from the buffer.
    QByteArray out;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        zip_source_open(buffer) < 0) {
        const QString reason = QString::fromUtf8(zip_error_strerror(zip_source_error(buffer)));
        zip_source_free(buffer);
        return failure(reason);
    }
    out.resize(qsizetype(stat.size));
    const zip_int64_t read = zip_source_read(buffer, out.data(), stat.size);
    const QString reason = QString::fromUtf8(zip_error_strerror(zip_source_error(buffer)));
    zip_source_close(buffer);
    zip_source_free(buffer);
    if (read != zip_int64_t(stat.size))
        return failure(reason);
    return out;
}

qreal textWidthCm()
{
    return (kA4WidthMm - kMarginLeftMm - kMarginRightMm) / 10.0;
}

} // namespace

QString cm(qreal value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("cm");
}

QString namespaces()
{
    return QStringLiteral(
        " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
        " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
        " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
        " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
        " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
        " office:version=\"1.2\"");
}

QString fontDecls()
{
    return QStringLiteral(
        "<office:font-face-decls><style:font-face style:name=\"Times New Roman\""
        " svg:font-family=\"&apos;Times New Roman&apos;\" style:font-family-generic=\"roman\""
        " style:font-pitch=\"variable\"/></office:font-face-decls>");
}

QString stylesXml(qreal bodyPt)
{
    QString styles = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                    "<office:document-styles%1>%2<office:styles>")
                         .arg(namespaces(), fontDecls());
    styles += QStringLiteral(
                  "<style:default-style style:family=\"paragraph\"><style:paragraph-properties"
                  " fo:orphans=\"2\" fo:widows=\"2\"/><style:text-properties"
                  " style:font-name=\"Times New Roman\" fo:font-size=\"%1pt\" fo:language=\"vi\""
                  " fo:country=\"VN\" fo:color=\"#000000\"/></style:default-style>"
                  "<style:style style:name=\"Standard\" style:family=\"paragraph\"/>"
                  "<style:style style:name=\"Header\" "
                  "style:family=\"paragraph\"><style:paragraph-properties"
                  " fo:text-align=\"center\"/><style:text-properties "
                  "fo:font-size=\"13pt\"/></style:style>"
                  "</office:styles><office:automatic-styles>")
                  .arg(bodyPt);
    const QString pageProperties =
        QStringLiteral("fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
                       " style:print-orientation=\"portrait\" fo:margin-top=\"%1\""
                       " fo:margin-bottom=\"%2\" fo:margin-left=\"%3\" fo:margin-right=\"%4\"")
            .arg(cm(kMarginTopMm / 10), cm(kMarginBottomMm / 10), cm(kMarginLeftMm / 10),
                 cm(kMarginRightMm / 10));
    // The first page without a number; the others with one in a header set in the top margin.
    styles +=
        QStringLiteral("<style:page-layout style:name=\"PFirst\"><style:page-layout-properties"
                       " %1/></style:page-layout>")
            .arg(pageProperties);
    styles +=
        QStringLiteral("<style:page-layout style:name=\"PNext\"><style:page-layout-properties %1/>"
                       "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\""
                       " fo:margin-bottom=\"0.3cm\"/></style:header-style></style:page-layout>")
            .arg(QString(pageProperties)
                     .replace(QStringLiteral("fo:margin-top=\"%1\"").arg(cm(kMarginTopMm / 10)),
                              QStringLiteral("fo:margin-top=\"1cm\"")));
    styles +=
        QStringLiteral("</office:automatic-styles><office:master-styles>"
                       "<style:master-page style:name=\"First\" style:page-layout-name=\"PFirst\""
                       " style:next-style-name=\"Next\"/>"
                       "<style:master-page style:name=\"Next\" style:page-layout-name=\"PNext\">"
                       "<style:header><text:p text:style-name=\"Header\"><text:page-number"
                       " text:select-page=\"current\"/></text:p></style:header></style:master-page>"
                       "</office:master-styles></office:document-styles>");

    return styles;
}

QString paragraphStyle(const QString &name, const QString &paragraph, const QString &text,
                       const QString &extra)
{
    return QStringLiteral("<style:style style:name=\"%1\" style:family=\"paragraph\""
                          " style:parent-style-name=\"Standard\"%4>"
                          "<style:paragraph-properties %2/><style:text-properties"
                          " style:font-name=\"Times New Roman\" %3/></style:style>")
        .arg(name, paragraph, text, extra.isEmpty() ? QString() : u' ' + extra);
}

QString tableStyles(const QString &name, const QString &prefix, const QList<qreal> &widths,
                    const QString &master)
{
    const qreal width = textWidthCm();
    QString out =
        QStringLiteral("<style:style style:name=\"%1\" style:family=\"table\"%3>"
                       "<style:table-properties style:width=\"%2\" table:align=\"left\""
                       " fo:margin-top=\"3pt\" fo:margin-bottom=\"6pt\"/></style:style>")
            .arg(name, cm(width),
                 master.isEmpty() ? QString()
                                  : QStringLiteral(" style:master-page-name=\"%1\"").arg(master));
    for (int c = 0; c < widths.size(); ++c) {
        out += QStringLiteral("<style:style style:name=\"%1.%2\" style:family=\"table-column\">"
                              "<style:table-column-properties style:column-width=\"%3\"/>"
                              "</style:style>")
                   .arg(prefix)
                   .arg(QChar(u'A' + c))
                   .arg(cm(width * widths[c] / 100));
    }
    return out;
}

QString rowAndCellStyles()
{
    return QStringLiteral(
        "<style:style style:name=\"RKeep\" style:family=\"table-row\"><style:table-row-properties"
        " fo:keep-together=\"always\"/></style:style>"
        "<style:style style:name=\"CBorder\" "
        "style:family=\"table-cell\"><style:table-cell-properties"
        " fo:border=\"0.5pt solid #000000\" fo:padding=\"0.08cm\" style:vertical-align=\"middle\"/>"
        "</style:style>"
        "<style:style style:name=\"CNone\" style:family=\"table-cell\"><style:table-cell-properties"
        " fo:border=\"none\" fo:padding=\"0cm\"/></style:style>");
}

Result<QByteArray> package(const QString &contentXml, const QString &stylesXml,
                           const QString &title, const QList<Picture> &pictures)
{
    QByteArray pictureEntries;
    for (const Picture &picture : pictures)
        pictureEntries += "<manifest:file-entry manifest:full-path=\"" +
                          picture.path.toHtmlEscaped().toUtf8() +
                          "\" manifest:media-type=\"image/jpeg\"/>";
    const QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        " manifest:version=\"1.2\">"
        "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\""
        " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>" +
        pictureEntries + "</manifest:manifest>";
    const QString meta =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta%1>"
                       "<office:meta><meta:generator>PressDesk</meta:generator><dc:title>%2"
                       "</dc:title><dc:language>vi-VN</dc:language></office:meta>"
                       "</office:document-meta>")
            .arg(namespaces(), title.toHtmlEscaped());
    QList<std::pair<QString, QByteArray>> entries{
        {QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text")},
        {QStringLiteral("META-INF/manifest.xml"), manifest},
        {QStringLiteral("content.xml"), contentXml.toUtf8()},
        {QStringLiteral("styles.xml"), stylesXml.toUtf8()},
        {QStringLiteral("meta.xml"), meta.toUtf8()}};
    QSet<QString> stored; // JPEG does not deflate
    for (const Picture &picture : pictures) {
        entries.append({picture.path, picture.jpeg});
        stored.insert(picture.path);
    }
    return odfPackage(entries, stored);
}

} // namespace PressDesk::Odt
