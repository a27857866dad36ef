#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>

class QTextCursor;
class QTextEdit;

namespace PressDesk {

class Database;

// Puts photos into the article body without blocking the GUI thread: files are read and
// decoded (scaled down to at most maxDisplayWidth() pixels wide, never at full size) on a
// worker thread; the bytes go to the ImageStore and a figure (image block with alt text,
// then caption block) is inserted. Also loads the images of an opened article from the
// store, off the GUI thread, as document resources.
class ImageInserter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageInserter)

public:
    ImageInserter(Database &db, QTextEdit *edit, QObject *parent = nullptr);
    ~ImageInserter() override; // waits for running workers

    static constexpr int maxDisplayWidth() { return 720; }
    static constexpr qint64 maxFileSize() { return 40 * 1024 * 1024; }

    // Asks for a file, then for alt text and caption, then inserts at the cursor.
    void chooseAndInsert();
    // Reads, stores and inserts path at the current cursor position, asynchronously.
    void insertFile(const QString &path, const QString &altText, const QString &caption);
    // Loads every stored (pdimg:) image of the document that has no resource yet.
    void loadDocumentImages();
    // The document now holds another article: results of earlier requests are dropped.
    void reset();

    bool isBusy() const { return m_pending > 0; }

    struct Decoded
    {
        QByteArray bytes; // the original file, for the store
        QImage image;     // scaled for display
        QString error;
    };
    // Worker-thread functions (public for tests).
    static Decoded decode(QByteArray bytes, int maxWidth);
    static Decoded readFile(const QString &path, int maxWidth);
    static QHash<QString, QImage> loadStored(const QString &databasePath, const QStringList &hashes,
                                             int maxWidth);

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorOccurred(const QString &message);
    void imageInserted(const QString &url);

private:
    void addImage(const QString &name, const QImage &image);
    void jobStarted();
    void jobFinished();
    void insertDecoded(QTextCursor at, const Decoded &decoded, const QString &altText,
                       const QString &caption);

    Database &m_db;
    QTextEdit *m_edit = nullptr;
    int m_generation = 0;
    int m_pending = 0;
    QSet<QString> m_requested; // image names loaded or being loaded for this document
};

} // namespace PressDesk
