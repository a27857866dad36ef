#pragma once

#include "Result.h"
#include "text/LegacyVietnamese.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace PressDesk {

class ImageStore;

// A word-processor document (.docx, .odt, .doc, .rtf) made into an article's title and clean
// body HTML. Not a parser of our own: LibreOffice (soffice) runs headless and exports the
// document as HTML — the same HTML it puts on the clipboard when the user copies from Writer —
// which then takes the paste's road: images stored in the image store (pdimg:<hash>), the HTML
// sanitized (Html::sanitize), text in an old Vietnamese font detected and, if asked, converted.
//
// Two steps, so that the window can keep drawing while soffice works and ask about the legacy
// text in between:
//   1. DocumentConverter runs soffice (a private user profile in a temporary folder, so neither
//      a LibreOffice the user has open nor a parallel run is disturbed; killed after a timeout)
//      and gives ConvertedDocument: the HTML and the files it wrote beside it;
//   2. DocumentImport::detectLegacy says what the text is typed in; DocumentImport::build stores
//      the images and makes the title and body, converting the legacy text or not.
struct ConvertedDocument
{
    QString sourcePath;               // the document the user named
    QString html;                     // LibreOffice's HTML export (UTF-8 decoded)
    QHash<QString, QByteArray> files; // the other files it wrote (images), by file name
};

// What the legacy text detection found.
struct LegacyDetection
{
    std::optional<Text::LegacyEncoding> encoding; // nullopt: Unicode, nothing to convert
    bool upperCase = false; // every legacy font named is an all-capitals one (.VnTimeH …)
    bool byFonts = false;   // found by the fonts the HTML names, else by the text itself
    QString sampleText;     // the document's plain text (for a preview of the conversion)
};

struct ImportedDocument
{
    QString title;
    QString bodyHtml; // clean canonical body HTML (Html::sanitize), images as pdimg:<hash>
    std::optional<Text::LegacyEncoding> legacyEncoding; // the legacy encoding found, if any
    bool converted = false; // the text was converted from legacyEncoding to Unicode
    int imageCount = 0;     // images stored with the article
    QStringList warnings;   // what could not be kept (an image in a format we cannot store)
};

// How the legacy text is treated: Auto converts when the fonts or the text say legacy, None
// never converts, Force converts from the given encoding (only the text that can be legacy:
// Unicode text is never touched).
struct LegacyChoice
{
    enum Mode { Auto, None, Force } mode = Auto;
    Text::LegacyEncoding encoding = Text::LegacyEncoding::Tcvn3; // for Force
};

class DocumentImport
{
    Q_DECLARE_TR_FUNCTIONS(PressDesk::DocumentImport)

public:
    // The converter program: $PRESSDESK_SOFFICE if set (even when it does not exist: the user
    // asked for that one), else soffice on PATH, else LibreOffice's usual install folders on
    // Windows and macOS. Empty when none is found.
    static QString findSoffice();

    // The file dialog's and the command line's extensions: docx, odt, doc, rtf.
    static QStringList extensions();

    // The legacy encoding of the converted document: the fonts its HTML names
    // (Text::encodingOfHtmlFonts), else its text (Text::detectLegacy).
    static LegacyDetection detectLegacy(const ConvertedDocument &document);

    // Title, clean body and images. The title is the document's first paragraph when it is in
    // the Title style (LibreOffice's export names no style: a first paragraph set in 20 points
    // or more), else its first level-1 heading (either is taken out of the body), else the
    // file name without its extension. Images LibreOffice wrote (files beside
    // the HTML or data: URIs) go to `images` and the body references them as pdimg:<hash>; an
    // image that cannot be stored is left out with a warning.
    static Result<ImportedDocument> build(const ConvertedDocument &document, ImageStore &images,
                                          LegacyChoice choice = {});

    // Converts synchronously (the command line, tests): waits for soffice at most timeoutMs.
    static Result<ConvertedDocument> convert(const QString &path, int timeoutMs = defaultTimeoutMs);

    static constexpr int defaultTimeoutMs = 120000;
};

// Runs one conversion without blocking: finished() comes from the event loop. Deleting the
// converter kills a running soffice.
class DocumentConverter : public QObject
{
    Q_OBJECT

public:
    explicit DocumentConverter(QObject *parent = nullptr);
    ~DocumentConverter() override;

    // Starts converting path; `done` is called once, from the event loop, with the result
    // (not after cancel(), another start() or the converter's end).
    void start(const QString &path, std::function<void(Result<ConvertedDocument>)> done,
               int timeoutMs = DocumentImport::defaultTimeoutMs);
    // From start() until the callback is called.
    bool isRunning() const;
    void cancel();

private:
    friend class DocumentImport; // convert() runs the same Run synchronously
    struct Run;
    std::unique_ptr<Run> m_run;      // converting
    std::unique_ptr<Run> m_finished; // done, its callback not yet called
};

} // namespace PressDesk
