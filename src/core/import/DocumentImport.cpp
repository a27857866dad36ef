#include "import/DocumentImport.h"

#include "FileErrors.h"
#include "store/ImageStore.h"
#include "text/HtmlSanitizer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace PressDesk {

namespace {

Error importError(const char *code, const QString &message, const QString &detail = {})
{
    return Error{QString::fromLatin1(code), message, detail};
}

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Whether the file's first bytes are those of a document LibreOffice should read: a zip
// package (.docx, .odt), an OLE2 compound file (.doc) or RTF. Anything else (a text file, a
// picture, a PDF renamed) is refused before soffice runs: soffice would read a text file as
// a document of one paragraph and give no error.
bool looksLikeDocument(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") ||
           head.startsWith("{\\rtf");
}

Status checkInput(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return FileErrors::readError(path, file);
    if (!looksLikeDocument(file.read(8)))
        return importError("import.not_document",
                           DocumentImport::tr("%1 is not a Word, OpenDocument or RTF document.")
                               .arg(displayName(path)));
    return {};
}

Error converterMissing(const QString &named)
{
    const QString install = DocumentImport::tr(
        "Importing documents needs LibreOffice. Install it (on Debian and Ubuntu: the "
        "libreoffice-writer-nogui package; on Windows: LibreOffice from libreoffice.org) and "
        "try again.");
    if (named.isEmpty())
        return importError("import.no_converter", install);
    return importError("import.no_converter",
                       DocumentImport::tr("LibreOffice was not found at %1 (PRESSDESK_SOFFICE).")
                               .arg(displayName(named)) +
                           u' ' + install);
}

} // namespace

// One soffice run: its temporary folder (the private profile and the output) and process.
struct DocumentConverter::Run
{
    QString path;
    QString program;
    QTemporaryDir dir;
    QProcess process;
    QTimer timer;
    int timeoutMs = 0;
    bool timedOut = false;
    std::function<void(Result<ConvertedDocument>)> done;

    QString outDir() const { return dir.filePath(QStringLiteral("out")); }

    // Checks the input and starts soffice; an error when it cannot even start.
    Status start()
    {
        if (auto st = checkInput(path); !st)
            return st;
        program = DocumentImport::findSoffice();
        const QString named = qEnvironmentVariable("PRESSDESK_SOFFICE");
        if (program.isEmpty() || !QFileInfo(program).isFile())
            return converterMissing(named);
        if (!dir.isValid())
            return importError("import.failed",
                               DocumentImport::tr("No temporary folder for the conversion: %1")
                                   .arg(dir.errorString()));
        const QString profile =
            QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
        // "HTML (StarWriter)": Writer's own HTML export, the HTML LibreOffice copies to the
        // clipboard, for every kind of input (not Writer/Web's, which .odt might pick).
        const QStringList args{QStringLiteral("-env:UserInstallation=") + profile,
                               QStringLiteral("--headless"),
                               QStringLiteral("--norestore"),
                               QStringLiteral("--nologo"),
                               QStringLiteral("--nolockcheck"),
                               QStringLiteral("--convert-to"),
                               QStringLiteral("html:HTML (StarWriter)"),
                               QStringLiteral("--outdir"),
                               QDir::toNativeSeparators(outDir()),
                               QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())};
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(program, args);
        return {};
    }

    // After soffice ended (or was killed): the HTML and the files beside it, or why not.
    Result<ConvertedDocument> collect()
    {
        if (timedOut)
            return importError(
                "import.timeout",
                DocumentImport::tr("LibreOffice took more than %n second(s) to convert %1 and "
                                   "was stopped.",
                                   nullptr, timeoutMs / 1000)
                    .arg(displayName(path)));
        if (process.error() == QProcess::FailedToStart)
            return importError("import.failed",
                               DocumentImport::tr("LibreOffice (%1) could not be started.")
                                   .arg(displayName(program)),
                               process.errorString());
        const QString log = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        const QDir out(outDir());
        const QStringList html =
            out.entryList({QStringLiteral("*.html"), QStringLiteral("*.htm")}, QDir::Files);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
            html.isEmpty())
            return importError("import.failed",
                               DocumentImport::tr("LibreOffice could not convert %1. The file may "
                                                  "be damaged or protected by a password.")
                                   .arg(displayName(path)),
                               log);
        ConvertedDocument result;
        result.sourcePath = path;
        for (const QString &name : out.entryList(QDir::Files)) {
            QFile f(out.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            if (name == html.first())
                result.html = QString::fromUtf8(f.readAll());
            else
                result.files.insert(name, f.readAll());
        }
        return result;
    }
};

QString DocumentImport::findSoffice()
{
    const QString named = qEnvironmentVariable("PRESSDESK_SOFFICE");
    if (!named.isEmpty())
        return named;
    for (const QString &name : {QStringLiteral("soffice"), QStringLiteral("libreoffice")}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    QStringList folders;
    for (const char *var : {"ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"}) {
        const QString f = qEnvironmentVariable(var);
        if (!f.isEmpty())
            folders << f;
    }
    folders << QStringLiteral("C:/Program Files") << QStringLiteral("C:/Program Files (x86)");
    QStringList candidates;
    for (const QString &f : std::as_const(folders))
        candidates << QDir(f).filePath(QStringLiteral("LibreOffice/program/soffice.exe"));
    candidates << QStringLiteral("/Applications/LibreOffice.app/Contents/MacOS/soffice");
    for (const QString &c : std::as_const(candidates)) {
        if (QFileInfo(c).isFile())
            return QDir::cleanPath(c);
    }
    return {};
}

QStringList DocumentImport::extensions()
{
    return {QStringLiteral("docx"), QStringLiteral("odt"), QStringLiteral("doc"),
            QStringLiteral("rtf")};
}

LegacyDetection DocumentImport::detectLegacy(const ConvertedDocument &document)
{
    LegacyDetection d;
    d.sampleText = Html::toPlainText(Html::sanitize(document.html));
    d.encoding = Text::encodingOfHtmlFonts(document.html, &d.upperCase);
    d.byFonts = d.encoding.has_value();
    if (!d.encoding)
        d.encoding = Text::detectLegacy(d.sampleText);
    return d;
}

namespace {

// The bytes an <img src> of LibreOffice's export names: a file it wrote beside the HTML, or a
// data: URI. Empty when neither.
QByteArray imageBytes(const ConvertedDocument &document, const QString &src)
{
    if (src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        const qsizetype comma = src.indexOf(u',');
        if (comma < 0 || !src.left(comma).contains(QLatin1String(";base64")))
            return {};
        return QByteArray::fromBase64(src.mid(comma + 1).toLatin1());
    }
    const QString name = QFileInfo(QUrl::fromPercentEncoding(src.toUtf8())).fileName();
    return document.files.value(name);
}

// Stores an image, re-encoded as PNG when it is in a format the store does not take (GIF, BMP
// and the like, which LibreOffice writes for some old pictures).
Result<StoredImage> storeImage(ImageStore &images, const QByteArray &bytes)
{
    auto stored = images.put(bytes);
    if (stored)
        return stored;
    QImage image;
    if (!image.loadFromData(bytes))
        return stored;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return stored;
    return images.put(png);
}

// Whether a paragraph of LibreOffice's export is in the Title style. The export names no style
// for it: Title's paragraph is known by its text set in 20 points or more (Writer's Title is
// 28 pt, Word's 26 or 28 pt), or by a class "title" where a converter writes one.
bool looksLikeTitle(const QString &attributes, const QString &content)
{
    static const QRegularExpression titleClass(QStringLiteral(R"(\bclass\s*=\s*"?title\b)"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pointSize(QStringLiteral(R"(font-size:\s*([0-9.]+)pt)"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (titleClass.match(attributes).hasMatch())
        return true;
    double largest = 0;
    for (auto it = pointSize.globalMatch(attributes + content); it.hasNext();)
        largest = std::max(largest, it.next().captured(1).toDouble());
    return largest >= 20;
}

// Takes the title out of LibreOffice's HTML: the document's first paragraph when it is in the
// Title style, else the first level-1 heading. Returns its HTML and removes it from html.
QString takeTitle(QString &html)
{
    static const QRegularExpression block(QStringLiteral(R"(<(p|h[1-6])\b([^>]*)>(.*?)</\1\s*>)"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const qsizetype bodyStart =
        std::max<qsizetype>(0, html.indexOf(QLatin1String("<body"), 0, Qt::CaseInsensitive));
    QRegularExpressionMatch chosen;
    bool first = true;
    for (auto it = block.globalMatch(html, bodyStart); it.hasNext();) {
        const auto m = it.next();
        if (Html::toPlainText(Html::sanitize(m.captured(3))).trimmed().isEmpty())
            continue;
        const bool isParagraph =
            m.captured(1).compare(QLatin1String("p"), Qt::CaseInsensitive) == 0;
        if (first && isParagraph && looksLikeTitle(m.captured(2), m.captured(3))) {
            chosen = m;
            break;
        }
        first = false;
        if (m.captured(1).compare(QLatin1String("h1"), Qt::CaseInsensitive) == 0) {
            chosen = m;
            break;
        }
    }
    if (!chosen.hasMatch())
        return {};
    html.remove(chosen.capturedStart(), chosen.capturedLength());
    return chosen.captured(3);
}

// Text::fromLegacy over clean body HTML, paragraph by paragraph (one block a line, see
// HtmlSanitizer.h), each run of text between tags converted on its own, as RichText::fromLegacy
// converts the editor's runs — without a QTextDocument, which wants fonts the command line has
// not. A paragraph of which any character cannot come from the encoding is Unicode already and
// is left whole ("Thu ngân sách" beside "đạt" is Unicode too, though each of its letters could
// be a TCVN3 byte). Returns how many paragraphs changed.
int fromLegacyByParagraph(QString &html, Text::LegacyEncoding encoding, bool upperCase)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    const auto unescape = [](QString t) {
        return t.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
    };
    int changed = 0;
    QStringList lines = html.split(u'\n');
    for (QString &line : lines) {
        QStringList texts;
        QList<std::pair<qsizetype, qsizetype>> spans; // the text runs between the tags
        qsizetype at = 0;
        for (auto it = tag.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            if (m.capturedStart() > at)
                spans.append({at, m.capturedStart() - at});
            at = m.capturedEnd();
        }
        if (at < line.size())
            spans.append({at, line.size() - at});
        QString plain;
        for (const auto &[from, length] : std::as_const(spans))
            plain += unescape(line.mid(from, length));
        if (plain.isEmpty() || !Text::canBeLegacy(plain, encoding))
            continue;
        bool lineChanged = false;
        for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
            const QString text = unescape(line.mid(it->first, it->second));
            const QString converted = Text::fromLegacy(text, encoding, upperCase);
            if (converted == text)
                continue;
            line.replace(it->first, it->second, converted.toHtmlEscaped());
            lineChanged = true;
        }
        changed += lineChanged ? 1 : 0;
    }
    html = lines.join(u'\n');
    return changed;
}

} // namespace

Result<ImportedDocument> DocumentImport::build(const ConvertedDocument &document,
                                               ImageStore &images, LegacyChoice choice)
{
    ImportedDocument result;
    QString html = document.html;

    // Images: each <img src> becomes pdimg:<hash> once stored; one that cannot be is left out.
    static const QRegularExpression img(
        QStringLiteral(R"re(<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>)re"),
        QRegularExpression::CaseInsensitiveOption);
    QString withImages;
    qsizetype last = 0;
    for (auto it = img.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString src = m.captured(1).isNull() ? m.captured(2) : m.captured(1);
        withImages += QStringView(html).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QByteArray bytes = imageBytes(document, src);
        auto stored = bytes.isEmpty() ? Result<StoredImage>(Error{}) : storeImage(images, bytes);
        if (!stored) {
            result.warnings << tr("An image of the document could not be kept: %1")
                                   .arg(stored.error().message.isEmpty() ? tr("it is missing.")
                                                                         : stored.error().message);
            continue;
        }
        QString tag = m.captured(0);
        const qsizetype srcStart =
            m.capturedStart(m.captured(1).isNull() ? 2 : 1) - m.capturedStart();
        tag.replace(srcStart, src.size(), ImageStore::urlFor(stored->hash));
        withImages += tag;
        ++result.imageCount;
    }
    withImages += QStringView(html).mid(last);
    html = withImages;

    const QString titleHtml = takeTitle(html);
    result.title = Html::toPlainText(Html::sanitize(titleHtml)).simplified();
    result.bodyHtml = Html::sanitize(html);

    const LegacyDetection detected = detectLegacy(document);
    result.legacyEncoding = detected.encoding;
    std::optional<Text::LegacyEncoding> convertFrom;
    if (choice.mode == LegacyChoice::Auto)
        convertFrom = detected.encoding;
    else if (choice.mode == LegacyChoice::Force)
        convertFrom = choice.encoding;
    if (convertFrom) {
        const int runs = fromLegacyByParagraph(result.bodyHtml, *convertFrom, detected.upperCase);
        result.bodyHtml = Html::sanitize(result.bodyHtml); // canonical again (NFC, escapes)
        const bool titleLegacy =
            !result.title.isEmpty() && Text::canBeLegacy(result.title, *convertFrom);
        // The title's own font says whether it is an all-capitals one (.VnTimeH), whatever
        // the body's are.
        bool titleUpperCase = detected.upperCase;
        if (bool upper = false; Text::encodingOfHtmlFonts(titleHtml, &upper))
            titleUpperCase = upper;
        if (titleLegacy)
            result.title = Text::fromLegacy(result.title, *convertFrom, titleUpperCase);
        result.converted = runs > 0 || titleLegacy;
        if (result.converted)
            result.legacyEncoding = convertFrom;
    }
    if (result.title.isEmpty())
        result.title = QFileInfo(document.sourcePath).completeBaseName();
    return result;
}

Result<ConvertedDocument> DocumentImport::convert(const QString &path, int timeoutMs)
{
    DocumentConverter::Run run;
    run.path = path;
    run.timeoutMs = timeoutMs;
    if (auto st = run.start(); !st)
        return st.error();
    if (!run.process.waitForStarted(timeoutMs))
        return run.collect();
    if (!run.process.waitForFinished(timeoutMs)) {
        run.timedOut = true;
        run.process.kill();
        run.process.waitForFinished(5000);
    }
    return run.collect();
}

DocumentConverter::DocumentConverter(QObject *parent) : QObject(parent) {}

DocumentConverter::~DocumentConverter()
{
    cancel();
}

bool DocumentConverter::isRunning() const
{
    return m_run || m_finished;
}

void DocumentConverter::cancel()
{
    m_finished.reset(); // its callback is not called
    if (!m_run)
        return;
    m_run->process.disconnect(this);
    if (m_run->process.state() != QProcess::NotRunning) {
        m_run->process.kill();
        m_run->process.waitForFinished(5000);
    }
    m_run.reset();
}

void DocumentConverter::start(const QString &path,
                              std::function<void(Result<ConvertedDocument>)> done, int timeoutMs)
{
    cancel();
    m_run = std::make_unique<Run>();
    m_run->path = path;
    m_run->timeoutMs = timeoutMs;
    m_run->done = std::move(done);
    // The callback runs from a turn of the event loop of its own, not inside QProcess's signal:
    // it may open dialogs (their event loop must not delete the process under its own signal)
    // or start the next conversion. The finished run (its process and folder) goes then.
    const auto deliver = [this](Result<ConvertedDocument> r) {
        auto result = std::make_shared<Result<ConvertedDocument>>(std::move(r));
        m_finished = std::move(m_run);
        QTimer::singleShot(0, this, [this, result, run = m_finished.get()] {
            if (!m_finished || m_finished.get() != run) // cancelled (and maybe started again)
                return;
            auto callback = std::move(m_finished->done);
            m_finished.reset();
            callback(std::move(*result));
        });
    };
    const auto finish = [this, deliver] {
        if (!m_run)
            return;
        m_run->timer.stop();
        m_run->process.disconnect(this);
        m_run->timer.disconnect(this);
        deliver(m_run->collect());
    };
    if (auto st = m_run->start(); !st) {
        deliver(st.error());
        return;
    }
    m_run->timer.setSingleShot(true);
    connect(&m_run->timer, &QTimer::timeout, this, [this] {
        if (!m_run)
            return;
        m_run->timedOut = true;
        m_run->process.kill(); // finished() follows
    });
    connect(&m_run->process, &QProcess::finished, this, finish);
    connect(&m_run->process, &QProcess::errorOccurred, this,
            [this, finish](QProcess::ProcessError e) {
                if (e == QProcess::FailedToStart)
                    finish();
            });
    m_run->timer.start(timeoutMs);
}

} // namespace PressDesk
