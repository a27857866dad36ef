#pragma once

#include <QDialog>

#include <memory>

class QRadioButton;

namespace PressDesk {

class Database;

namespace Ui {
class PublishDialog;
} // namespace Ui

// Publish the open (approved) article to a portal now or at a set time; or, as a withdraw
// dialog, take it off a portal (back to draft there, or to the trash). Accepting puts the
// request in the outbox; the outbox sends it.
class PublishDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishDialog)

public:
    enum Mode { Publish, Withdraw };

    PublishDialog(Database &db, const QString &articleId, Mode mode, QWidget *parent = nullptr);
    ~PublishDialog() override;

    void accept() override;
    // Whether there is anywhere to publish to / withdraw from (else the dialog explains).
    bool hasPortals() const;

private:
    Database &m_db;
    QString m_articleId;
    Mode m_mode;
    std::unique_ptr<Ui::PublishDialog> m_ui;
    QRadioButton *m_first = nullptr;  // now / back to draft
    QRadioButton *m_second = nullptr; // at / trash
};

} // namespace PressDesk
