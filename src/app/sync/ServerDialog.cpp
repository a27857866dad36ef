#include "sync/ServerDialog.h"

#include "publish/CredentialStore.h"
#include "server/ServerAddress.h"
#include "store/Database.h"
#include "sync/SyncController.h"
#include "sync/SyncRepository.h"
#include "sync/SyncStatusWidget.h"
#include "ui_ServerDialog.h"
#include "widgets/PlaceholderFit.h"

#include <QHash>
#include <QMessageBox>
#include <QPushButton>

namespace PressDesk {

ServerDialog::ServerDialog(Database &db, SyncController &controller, QWidget *parent)
    : QDialog(parent), m_db(db), m_controller(controller),
      m_ui(std::make_unique<Ui::ServerDialog>())
{
    m_ui->setupUi(this);
    fitPlaceholders(this);
    m_ui->rememberCheckBox->setChecked(!CredentialStore::keychainDisabled());
    m_ui->rememberCheckBox->setEnabled(!CredentialStore::keychainDisabled());

    connect(m_ui->joinPushButton, &QPushButton::clicked, this, &ServerDialog::join);
    connect(m_ui->syncNowPushButton, &QPushButton::clicked, this, &ServerDialog::syncNow);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&controller, &SyncController::statusChanged, this, &ServerDialog::refresh);
    connect(&controller, &SyncController::joinFinished, this, &ServerDialog::joinFinished);
    connect(&controller, &SyncController::passFinished, this, &ServerDialog::passFinished);
    db.changes().subscribe(this, Change::Articles | Change::Comments, [this] { refresh(); });

    refresh();
    if (m_controller.needsPassword()) {
        showResult(m_controller.lastError(), Outcome::Warning);
        m_ui->passwordLineEdit->setFocus();
    } else {
        showRefusals(db);
    }
    resize(qMax(width(), sizeHint().width()), sizeHint().height());
}

ServerDialog::~ServerDialog() = default;

void ServerDialog::showRefusals(Database &db)
{
    // What background passes could not send: shown here once, then read.
    SyncRepository repo(db);
    auto refused = repo.unseenRejections();
    if (!refused || refused->isEmpty())
        return;
    QStringList lines;
    for (const QString &r : std::as_const(refused.value()))
        lines << tr("Refused by the server: %1").arg(r);
    showResult(lines.join(u'\n'), Outcome::Warning);
    (void)repo.markRejectionsSeen();
}

QString ServerDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

QString ServerDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void ServerDialog::showResult(const QString &text, Outcome outcome)
{
    static const QHash<Outcome, QString> colours{{Outcome::Good, QStringLiteral("#1b5e20")},
                                                 {Outcome::Warning, QStringLiteral("#8a6d00")},
                                                 {Outcome::Error, QStringLiteral("#b00020")}};
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setStyleSheet(
        outcome == Outcome::Neutral ? QString()
                                    : QStringLiteral("color: %1;").arg(colours.value(outcome)));
}

void ServerDialog::refresh()
{
    const SyncStatus st = m_controller.status();
    const bool busy = m_controller.isBusy();
    m_ui->busyProgressBar->setVisible(busy);

    // Joined: the address and login are the office's; the password only when asked for.
    m_ui->urlLineEdit->setReadOnly(st.joined);
    m_ui->userLineEdit->setReadOnly(st.joined);
    if (st.joined) {
        m_ui->introLabel->setText(
            tr("This profile is a desk of the office server below: what you write is sent "
               "there, and what the others write comes here, every minute and a few seconds "
               "after you save. Without the server PressDesk keeps working and sends what "
               "waits later."));
        m_ui->urlLineEdit->setText(st.serverUrl);
        m_ui->urlLineEdit->setCursorPosition(0); // the server's name in view
        m_ui->urlLineEdit->setToolTip(st.serverUrl);
        m_ui->userLineEdit->setText(st.userName);
        m_ui->passwordLineEdit->setPlaceholderText(m_controller.needsPassword()
                                                       ? tr("The server needs your password")
                                                       : tr("Only when PressDesk asks for it"));
    } else {
        m_ui->passwordLineEdit->setPlaceholderText(QString());
    }
    const bool editable = !m_controller.isJoining();
    m_ui->urlLineEdit->setEnabled(editable);
    m_ui->userLineEdit->setEnabled(editable);
    m_ui->passwordLineEdit->setEnabled(editable);
    m_ui->rememberCheckBox->setEnabled(editable && !CredentialStore::keychainDisabled());
    m_ui->joinPushButton->setVisible(!st.joined);
    m_ui->joinPushButton->setEnabled(!busy);
    m_ui->syncNowPushButton->setVisible(st.joined);
    m_ui->syncNowPushButton->setEnabled(!busy);
    m_ui->syncNowPushButton->setText(st.restoredFrom.isEmpty() ? tr("Sync now")
                                                               : tr("Sync after the restore"));
    m_ui->syncNowPushButton->setDefault(st.joined);
    m_ui->joinPushButton->setDefault(!st.joined);

    QStringList lines;
    if (!st.joined) {
        lines << (m_controller.isJoining()
                      ? tr("Joining the office server. The first time this may take a few "
                           "minutes; PressDesk stays usable meanwhile.")
                      : tr("This profile has not joined an office server."));
    } else {
        if (!st.restoredFrom.isEmpty())
            lines << tr("This profile was restored from a backup (%1): what was written here "
                        "after that backup is not in it. Syncing brings back what the office "
                        "has and sends what the backup still waited to send; it waits until you "
                        "choose Sync after the restore.")
                         .arg(st.restoredFrom);
        if (m_controller.isRunning())
            lines << tr("Syncing…");
        lines << (st.lastSync.isValid()
                      ? tr("Last synced: %1.").arg(SyncStatusWidget::timeText(st.lastSync))
                      : tr("Not synced yet."));
        lines << (st.pending > 0 ? tr("%n change(s) waiting to be sent.", nullptr, st.pending)
                                 : tr("Nothing waits to be sent."));
        if (st.conflicts > 0)
            lines << tr("%n conflict(s): articles edited here and on another desk, waiting "
                        "for a decision.",
                        nullptr, st.conflicts);
        if (!st.lastError.isEmpty())
            lines << (st.lastAttempt.isValid()
                          ? tr("Last attempt (%1): %2")
                                .arg(SyncStatusWidget::timeText(st.lastAttempt), st.lastError)
                          : st.lastError);
    }
    m_ui->statusLabel->setText(lines.join(u'\n'));
}

void ServerDialog::join()
{
    if (m_controller.isBusy())
        return;
    const QString url = m_ui->urlLineEdit->text().trimmed();
    if (url.isEmpty()) {
        showResult(tr("Type the office server's address; the administrator gives it, like %1.")
                       .arg(m_ui->urlLineEdit->placeholderText()),
                   Outcome::Error);
        m_ui->urlLineEdit->setFocus();
        return;
    }
    // Checked here, before any connection: the address's problem in plain words.
    auto address = ServerAddress::parse(url);
    if (!address) {
        showResult(address.error().message, Outcome::Error);
        m_ui->urlLineEdit->setFocus();
        return;
    }
    const QString user = m_ui->userLineEdit->text().trimmed();
    if (user.isEmpty() && address->user.isEmpty()) {
        showResult(tr("Type the login name the administrator gave you."), Outcome::Error);
        m_ui->userLineEdit->setFocus();
        return;
    }
    if (m_ui->passwordLineEdit->text().isEmpty()) {
        showResult(tr("Type your password for the office server."), Outcome::Error);
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    m_waitingForJoin = true;
    showResult(tr("Connecting to %1…").arg(address->toString()), Outcome::Neutral);
    m_controller.join(url, user, m_ui->passwordLineEdit->text(),
                      m_ui->rememberCheckBox->isChecked(), m_upload);
}

bool ServerDialog::askToUpload()
{
    QMessageBox ask(QMessageBox::Question, tr("Upload this profile's work?"),
                    tr("This profile holds articles of its own. Joining uploads them to the "
                       "office server once, where every desk of the office sees them. This is "
                       "what a supervisor does when the office starts using the server.\n\n"
                       "Upload them and join?"),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("uploadQuestion"));
    auto *upload = ask.addButton(tr("Upload and join"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == upload;
}

void ServerDialog::joinFinished(bool ok, const Error &error, const QString &note)
{
    if (!m_waitingForJoin)
        return;
    m_waitingForJoin = false;
    if (!ok && error.code == QLatin1String("has-local-work") && !m_upload) {
        if (askToUpload()) {
            m_upload = true;
            join();
            m_upload = false;
            return;
        }
    }
    if (!ok) {
        showResult(error.message, Outcome::Error);
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    m_ui->passwordLineEdit->clear();
    const SyncStatus st = m_controller.status();
    QString text = tr("Joined the office server as %1.").arg(st.userName);
    if (!note.isEmpty())
        text += u' ' + note;
    showResult(text, note.isEmpty() ? Outcome::Good : Outcome::Warning);
}

void ServerDialog::syncNow()
{
    if (m_controller.isBusy())
        return;
    // The person has read that the profile was restored, and chose to sync.
    if (!m_controller.status().restoredFrom.isEmpty()) {
        if (auto st = SyncRepository(m_db).confirmRestore(); !st) {
            showResult(st.error().message, Outcome::Error);
            return;
        }
    }
    m_waitingForPass = true;
    showResult(tr("Syncing…"), Outcome::Neutral);
    m_controller.syncNow(m_ui->passwordLineEdit->text(), m_ui->rememberCheckBox->isChecked());
}

void ServerDialog::passFinished(const SyncReport &report, const QString &error)
{
    if (!m_waitingForPass) {
        // A pass of the controller's own: only a problem the user can fix here is shown.
        if (m_controller.needsPassword())
            showResult(error, Outcome::Warning);
        return;
    }
    m_waitingForPass = false;
    if (!error.isEmpty()) {
        showResult(error, Outcome::Error);
        if (m_controller.needsPassword()) {
            m_ui->passwordLineEdit->selectAll();
            m_ui->passwordLineEdit->setFocus();
        }
        return;
    }
    m_ui->passwordLineEdit->clear();
    QStringList lines;
    lines << tr("Synced: %1 sent, %2 received.", "changes").arg(report.pushed).arg(report.pulled);
    if (report.conflicts > 0)
        lines << tr("%n new conflict(s).", nullptr, report.conflicts);
    for (const QString &rejected : report.rejected)
        lines << tr("Refused by the server: %1").arg(rejected);
    if (!report.rejected.isEmpty())
        (void)SyncRepository(m_db).markRejectionsSeen(); // read here

    const QString note = m_controller.lastNote(); // the keychain could not keep the password
    if (!note.isEmpty())
        lines << note;
    const bool warn = report.conflicts > 0 || !report.rejected.isEmpty() || !note.isEmpty();
    showResult(lines.join(u'\n'), warn ? Outcome::Warning : Outcome::Good);
}

} // namespace PressDesk
