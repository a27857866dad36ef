#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace PressDesk {

// Asks the supervisor what the author should change; OK only with a comment.
class ReturnDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReturnDialog(const QString &articleTitle, QWidget *parent = nullptr);
    QString comment() const;

private:
    QPlainTextEdit *m_comment = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace PressDesk
