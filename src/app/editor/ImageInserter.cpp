#include "editor/ImageInserter.h"

#include "FileErrors.h"
#include "editor/BodyTextEdit.h"
#include "editor/DocumentStyle.h"
#include "editor/FormatPrototypes.h"
#include "editor/ImageDetailsDialog.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "text/RichText.h"
#include "widgets/Workers.h"

#include <QBuffer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPointer>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QUrl>
#include <QtConcurrent>

namespace PressDesk {

namespace {

constexpr auto kPdimg = QLatin1String("pdimg:");

} // namespace

ImageInserter::ImageInserter(Database &db, QTextEdit *edit, QObject *parent)
    : QObject(parent), m_db(db), m_edit(edit)
{}

ImageInserter::~ImageInserter()
{
    // Workers may read the database file; let them finish before it can go away.
    waitForWorkers(this);
}

void ImageInserter::jobStarted()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void ImageInserter::jobFinished()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

void ImageInserter::addImage(const QString &name, const QImage &image)
{
    // The body edit shows wide images at its column's width.
    if (auto *body = qobject_cast<BodyTextEdit *>(m_edit))
        body->setImageResource(name, image);
    else
        m_edit->document()->addResource(QTextDocument::ImageResource, QUrl(name), image);
}

void ImageInserter::reset()
{
    ++m_generation;
    m_requested.clear();
}

ImageInserter::Decoded ImageInserter::decode(QByteArray bytes, int maxWidth)
{
    Decoded out;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size(); // header only
    if (!size.isValid()) {
        out.error = tr("This file is not an image PressDesk can read (JPEG, PNG or WebP).");
        return out;
    }
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    const int shownWidth = turned ? size.height() : size.width();
    if (shownWidth > maxWidth) {
        const double f = double(maxWidth) / shownWidth;
        reader.setScaledSize(
            QSize(std::max(1, qRound(size.width() * f)), std::max(1, qRound(size.height() * f))));
    }
    out.image = reader.read();
    if (out.image.isNull()) {
        out.error = tr("The image could not be decoded: %1").arg(reader.errorString());
        return out;
    }
    buffer.close();
    out.bytes = std::move(bytes);
    return out;
}

ImageInserter::Decoded ImageInserter::readFile(const QString &path, int maxWidth)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {}, FileErrors::readError(path, file).message};
    if (file.size() > maxFileSize())
        return {{},
                {},
                tr("The image is larger than %1 MB; reduce it before inserting it.")
                    .arg(maxFileSize() / (1024 * 1024))};
    return decode(file.readAll(), maxWidth);
}

QHash<QString, QImage> ImageInserter::loadStored(const QString &databasePath,
                                                 const QStringList &hashes, int maxWidth)
{
    // One connection per thread: this worker opens its own.
    QHash<QString, QImage> out;
    auto db = Database::open(databasePath);
    if (!db)
        return out;
    const ImageStore store(*db.value());
    for (const QString &hash : hashes) {
        auto bytes = store.data(hash);
        if (!bytes)
            continue;
        Decoded d = decode(bytes.value(), maxWidth);
        if (!d.image.isNull())
            out.insert(hash, d.image);
    }
    return out;
}

void ImageInserter::chooseAndInsert()
{
    QWidget *parent = m_edit->window();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getOpenFileName(parent, tr("Insert image"), dir,
                                                      tr("Images (*.jpg *.jpeg *.png *.webp)"));
    if (path.isEmpty())
        return;
    ImageDetailsDialog details(QFileInfo(path).fileName(), parent);
    if (details.exec() != QDialog::Accepted)
        return;
    insertFile(path, details.altText(), details.caption());
}

void ImageInserter::insertFile(const QString &path, const QString &altText, const QString &caption)
{
    const QTextCursor at = m_edit->textCursor(); // follows edits made while loading
    const int generation = m_generation;
    jobStarted();
    watch(this, QtConcurrent::run(&ImageInserter::readFile, path, maxDisplayWidth()),
          [this, at, generation, altText, caption](const Decoded &decoded) {
              jobFinished();
              if (generation != m_generation)
                  return;
              if (!decoded.error.isEmpty()) {
                  Q_EMIT errorOccurred(decoded.error);
                  return;
              }
              insertDecoded(at, decoded, altText, caption);
          });
}

void ImageInserter::insertDecoded(QTextCursor at, const Decoded &decoded, const QString &altText,
                                  const QString &caption)
{
    auto stored = ImageStore(m_db).put(decoded.bytes);
    if (!stored) {
        Q_EMIT errorOccurred(stored.error().message);
        return;
    }
    const QString name = ImageStore::urlFor(stored->hash);
    QTextDocument *doc = m_edit->document();
    addImage(name, decoded.image);
    m_requested.insert(name);

    const FormatPrototypes &p = FormatPrototypes::instance();
    at.beginEditBlock();
    if (at.hasSelection())
        at.removeSelectedText();
    // The figure gets a block of its own: split the paragraph at the cursor.
    if (!at.atBlockStart())
        at.insertBlock();
    if (at.block().length() > 1) {
        at.insertBlock();
        at.movePosition(QTextCursor::PreviousBlock);
    }
    if (QTextList *list = at.currentList())
        list->remove(at.block());
    const int figureStart = at.position();
    at.setBlockFormat(p.figure.block);
    at.setBlockCharFormat(p.figure.chars);
    QTextImageFormat image;
    image.setName(name);
    image.setProperty(RichText::ImageAltProperty, altText);
    at.insertImage(image);
    if (!caption.isEmpty()) {
        at.insertBlock(p.caption.block, p.caption.chars);
        at.insertText(caption, p.caption.chars);
    }
    if (at.block().next().isValid()) {
        at.movePosition(QTextCursor::NextBlock);
    } else {
        at.insertBlock(p.paragraph.block, p.paragraph.chars);
    }
    DocumentStyle::polish(doc, figureStart, at.position());
    at.endEditBlock();
    m_edit->setTextCursor(at);
    m_edit->ensureCursorVisible();
    Q_EMIT imageInserted(name);
}

void ImageInserter::loadDocumentImages()
{
    QStringList hashes;
    const QTextDocument *doc = m_edit->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (!f.isImageFormat())
                continue;
            const QString name = f.toImageFormat().name();
            if (name.startsWith(kPdimg) && !m_requested.contains(name)) {
                m_requested.insert(name);
                hashes << name.mid(kPdimg.size());
            }
        }
    }
    if (hashes.isEmpty())
        return;
    const int generation = m_generation;
    jobStarted();
    watch(this,
          QtConcurrent::run(&ImageInserter::loadStored, m_db.path(), hashes, maxDisplayWidth()),
          [this, generation](const QHash<QString, QImage> &images) {
              jobFinished();
              if (generation != m_generation)
                  return;
              QTextDocument *target = m_edit->document();
              for (auto it = images.cbegin(); it != images.cend(); ++it)
                  addImage(ImageStore::urlFor(it.key()), it.value());
              // Relayout only: not an edit, no autosave.
              target->markContentsDirty(0, target->characterCount());
          });
}

} // namespace PressDesk
