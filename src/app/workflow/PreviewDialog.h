#pragma once

#include <QDialog>

class QTextBrowser;

namespace PressDesk {

class Database;

// The article as a reader of the portal will see it: title, lead in bold, body, images,
// source line; nothing editable.
class PreviewDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewDialog)

public:
    PreviewDialog(Database &db, const QString &articleId, QWidget *parent = nullptr);
    QString html() const; // what is shown

    // The portal-like page for an article (also used by tests).
    static QString pageHtml(Database &db, const QString &articleId);

private:
    QTextBrowser *m_view = nullptr;
};

} // namespace PressDesk
