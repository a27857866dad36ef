#include "publish/PortalsDialog.h"

#include "office/OfficeRepository.h"
#include "publish/CredentialStore.h"
#include "publish/WordPressPortal.h"
#include "store/Database.h"
#include "ui_PortalsDialog.h"
#include "widgets/PlaceholderFit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace PressDesk {

namespace {

QString groupedFingerprint(const QString &hex)
{
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    return pairs.join(u':');
}

} // namespace

PortalsDialog::PortalsDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_ui(std::make_unique<Ui::PortalsDialog>())
{
    m_ui->setupUi(this);
    // The example names the office's own portal when the office has said where it is.
    if (auto office = OfficeRepository(db).load(); office && !office->place.isEmpty())
        m_ui->nameLineEdit->setPlaceholderText(
            tr("e.g. Cổng thông tin điện tử %1").arg(office->place));
    fitPlaceholders(this);
    m_ui->rememberCheckBox->setChecked(!CredentialStore::keychainDisabled());
    m_ui->rememberCheckBox->setEnabled(!CredentialStore::keychainDisabled());
    m_ui->trustPushButton->hide(); // until a certificate fails to verify

    connect(m_ui->portalListWidget, &QListWidget::currentRowChanged, this,
            &PortalsDialog::showPortal);
    connect(m_ui->newPortalPushButton, &QPushButton::clicked, this, &PortalsDialog::newPortal);
    connect(m_ui->removePortalPushButton, &QPushButton::clicked, this,
            &PortalsDialog::removePortal);
    connect(m_ui->savePortalPushButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->testConnectionPushButton, &QPushButton::clicked, this,
            &PortalsDialog::testConnection);
    connect(m_ui->trustPushButton, &QPushButton::clicked, this, &PortalsDialog::trustCertificate);
    connect(m_ui->importPushButton, &QPushButton::clicked, this, &PortalsDialog::askImport);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_importWatcher, &QFutureWatcher<Result<ImportSummary>>::finished, this,
            &PortalsDialog::importFinishedRunning);
    connect(&m_watcher, &QFutureWatcher<Result<PortalConnection>>::finished, this,
            &PortalsDialog::testFinishedRunning);

    reload();
    if (!m_portals.isEmpty())
        m_ui->portalListWidget->setCurrentRow(0);
    else
        showPortal();
}

void PortalsDialog::newPortal()
{
    m_ui->portalListWidget->setCurrentRow(-1);
    m_ui->portalListWidget->clearSelection();
    showPortal();
    m_ui->nameLineEdit->setFocus();
}

void PortalsDialog::importFinishedRunning()
{
    m_importing = false;
    m_ui->importPushButton->setEnabled(true);
    const Result<ImportSummary> r = m_importWatcher.result();
    if (!r) {
        showResult(r.error().message, Outcome::Error);
        return;
    }
    QStringList lines;
    lines << tr("%n post(s) imported.", nullptr, r->imported);
    if (r->skipped > 0)
        lines << tr("%n post(s) were already in PressDesk.", nullptr, r->skipped);
    for (const ImportFailure &f : r->failed)
        lines << tr("Not imported: “%1”: %2").arg(f.title, f.reason);
    if (r->stoppedBy)
        lines << tr("Stopped before the end (%1); import again to continue.")
                     .arg(r->stoppedBy->message);
    showResult(lines.join(u'\n'),
               r->failed.isEmpty() && !r->stoppedBy ? Outcome::Good : Outcome::Warning);
    if (r->imported > 0) {
        m_db.changes().scheduleCheck(); // written by the import's own connection
        Q_EMIT importFinished();
    }
}

void PortalsDialog::testFinishedRunning()
{
    m_testing = false;
    m_ui->testConnectionPushButton->setEnabled(true);
    const Result<PortalConnection> c = m_watcher.result();
    const int row = m_ui->portalListWidget->currentRow();
    if (c && row >= 0 && row < m_portals.size())
        (void)PortalRepository(m_db).setRestRoot(m_portals.at(row).id, c->restRoot);
    if (c) {
        QStringList can;
        can << (c->canPublish ? tr("✔ may publish posts") : tr("✘ may not publish posts"));
        can << (c->canUpload ? tr("✔ may upload images") : tr("✘ may not upload images"));
        can << (c->canManageCategories ? tr("✔ may create categories")
                                       : tr("✘ may not create categories (map them to "
                                            "existing ones)"));
        showResult(tr("Connected to “%1” as %2 (%3).")
                           .arg(c->siteName, c->userName, c->roles.join(QStringLiteral(", "))) +
                       QStringLiteral("\n") + can.join(u'\n'),
                   c->canPublish && c->canUpload ? Outcome::Good : Outcome::Warning);
        m_untrustedFingerprint.clear();
    } else {
        showResult(c.error().message, Outcome::Error);
        m_untrustedFingerprint =
            c.error().code == QLatin1String("tls") ? c.error().detail : QString();
    }
    m_ui->trustPushButton->setVisible(!m_untrustedFingerprint.isEmpty());
    Q_EMIT testFinished(bool(c));
}

void PortalsDialog::showResult(const QString &text, Outcome outcome)
{
    static const QHash<Outcome, QString> colours{{Outcome::Good, QStringLiteral("#1b5e20")},
                                                 {Outcome::Warning, QStringLiteral("#8a6d00")},
                                                 {Outcome::Error, QStringLiteral("#b00020")}};
    m_ui->connectionResultLabel->setText(text);
    m_ui->connectionResultLabel->setStyleSheet(
        outcome == Outcome::Neutral ? QString()
                                    : QStringLiteral("color: %1;").arg(colours.value(outcome)));
}

PortalsDialog::~PortalsDialog()
{
    m_watcher.waitForFinished();
    m_importWatcher.waitForFinished();
}

void PortalsDialog::askImport()
{
    QDialog ask(this);
    ask.setObjectName(QStringLiteral("importOptionsDialog"));
    ask.setWindowTitle(tr("Import posts"));
    auto *form = new QFormLayout(&ask);
    auto *all = new QCheckBox(tr("All dates"), &ask);
    auto *since = new QDateEdit(QDate::currentDate().addYears(-1), &ask);
    since->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    since->setCalendarPopup(true);
    connect(all, &QCheckBox::toggled, since, &QWidget::setDisabled);
    auto *category = new QLineEdit(&ask);
    category->setPlaceholderText(tr("All categories (or a category's name or slug)"));
    form->addRow(tr("Published since:"), since);
    form->addRow(QString(), all);
    form->addRow(tr("Category:"), category);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    ImportOptions options;
    if (!all->isChecked())
        options.since = since->date().startOfDay();
    options.category = category->text().trimmed();
    startImport(options);
}

void PortalsDialog::startImport(const ImportOptions &options)
{
    const int row = m_ui->portalListWidget->currentRow();
    if (m_importing || row < 0 || row >= m_portals.size())
        return;
    const PortalAccount a = m_portals.at(row);
    auto password = CredentialStore::read(a.id);
    if (!password) {
        showResult(tr("Type the application password first."), Outcome::Error);
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    m_importing = true;
    m_ui->importPushButton->setEnabled(false);
    showResult(tr("Importing from %1…").arg(a.name), Outcome::Neutral);
    // On its own thread and its own connection to the profile: the window stays usable.
    m_importWatcher.setFuture(
        QtConcurrent::run([a, pw = password.value(), path = m_db.path(), user = m_db.actingUser(),
                           options]() -> Result<ImportSummary> {
            auto db = Database::open(path);
            if (!db)
                return db.error();
            db.value()->setActingUser(user);
            WordPressPortal portal(a.siteUrl, a.userName, pw);
            portal.http().setTrustedCertificate(a.trustedCertSha256);
            return PortalImporter(*db.value()).run(a, portal, options);
        }));
}

void PortalsDialog::reload(const QString &selectId)
{
    const QSignalBlocker block(m_ui->portalListWidget);
    m_ui->portalListWidget->clear();
    auto portals = PortalRepository(m_db).list();
    m_portals = portals ? portals.value() : QList<PortalAccount>();
    for (const PortalAccount &a : std::as_const(m_portals)) {
        m_ui->portalListWidget->addItem(a.name);
        if (a.id == selectId)
            m_ui->portalListWidget->setCurrentRow(m_ui->portalListWidget->count() - 1);
    }
}

void PortalsDialog::showPortal()
{
    const int row = m_ui->portalListWidget->currentRow();
    const bool has = row >= 0 && row < m_portals.size();
    const PortalAccount a = has ? m_portals.at(row) : PortalAccount{};
    m_ui->nameLineEdit->setText(a.name);
    m_ui->urlLineEdit->setText(a.siteUrl.toString());
    m_ui->userLineEdit->setText(a.userName);
    m_ui->passwordLineEdit->clear();
    m_ui->trustedLabel->setText(
        a.trustedCertSha256.isEmpty()
            ? tr("Only certificates that verify are trusted.")
            : tr("Trusted by fingerprint: %1")
                  .arg(groupedFingerprint(QString::fromLatin1(a.trustedCertSha256))));
    m_ui->removePortalPushButton->setEnabled(has);
    m_ui->connectionResultLabel->clear();
    m_ui->trustPushButton->hide();
}

bool PortalsDialog::save()
{
    PortalRepository repo(m_db);
    const int row = m_ui->portalListWidget->currentRow();
    QString id;
    if (row >= 0 && row < m_portals.size()) {
        id = m_portals.at(row).id;
        if (auto st = repo.update(id, m_ui->nameLineEdit->text(),
                                  QUrl::fromUserInput(m_ui->urlLineEdit->text().trimmed()),
                                  m_ui->userLineEdit->text());
            !st) {
            showResult(st.error().message, Outcome::Error);
            return false;
        }
    } else {
        auto added = repo.add(m_ui->nameLineEdit->text(),
                              QUrl::fromUserInput(m_ui->urlLineEdit->text().trimmed()),
                              m_ui->userLineEdit->text());
        if (!added) {
            showResult(added.error().message, Outcome::Error);
            return false;
        }
        id = added->id;
    }
    QString note;
    if (!m_ui->passwordLineEdit->text().trimmed().isEmpty()) {
        const QString password = m_ui->passwordLineEdit->text().trimmed();
        if (m_ui->rememberCheckBox->isChecked()) {
            if (auto st = CredentialStore::write(id, password); !st)
                note = st.error().message;
        } else {
            (void)CredentialStore::remove(id);
            CredentialStore::keepForSession(id, password);
        }
        m_ui->passwordLineEdit->clear();
    }
    reload(id);
    showPortal();
    showResult(note.isEmpty() ? tr("Saved.") : tr("Saved. %1").arg(note), Outcome::Neutral);
    Q_EMIT portalsChanged();
    return true;
}

void PortalsDialog::testConnection()
{
    if (m_testing || !save())
        return;
    const int row = m_ui->portalListWidget->currentRow();
    if (row < 0 || row >= m_portals.size())
        return;
    const PortalAccount a = m_portals.at(row);
    auto password = CredentialStore::read(a.id);
    if (!password) {
        showResult(password.error().code == QLatin1String("keychain")
                       ? password.error().message
                       : tr("Type the application password first."),
                   Outcome::Error);
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    m_testing = true;
    m_ui->testConnectionPushButton->setEnabled(false);
    showResult(tr("Connecting to %1…").arg(a.siteUrl.toString()), Outcome::Neutral);
    // In the background: a slow or silent portal must not freeze the window.
    m_watcher.setFuture(QtConcurrent::run([a, pw = password.value()] {
        WordPressPortal portal(a.siteUrl, a.userName, pw);
        portal.http().setTrustedCertificate(a.trustedCertSha256);
        portal.http().setTimeout(20000);
        return portal.testConnection();
    }));
}

QString PortalsDialog::resultText() const
{
    return m_ui->connectionResultLabel->text();
}

void PortalsDialog::removePortal()
{
    const int row = m_ui->portalListWidget->currentRow();
    if (row < 0 || row >= m_portals.size())
        return;
    const PortalAccount a = m_portals.at(row);
    if (QMessageBox::question(this, tr("Remove portal"),
                              tr("Remove the portal “%1”? PressDesk forgets which posts it "
                                 "published there and its queued work; the posts stay on the "
                                 "portal.")
                                  .arg(a.name)) != QMessageBox::Yes)
        return;
    if (auto st = PortalRepository(m_db).remove(a.id); !st) {
        showResult(st.error().message, Outcome::Error);
        return;
    }
    (void)CredentialStore::remove(a.id);
    reload();
    if (!m_portals.isEmpty())
        m_ui->portalListWidget->setCurrentRow(0);
    showPortal();
    Q_EMIT portalsChanged();
}

void PortalsDialog::trustCertificate()
{
    const int row = m_ui->portalListWidget->currentRow();
    if (row < 0 || row >= m_portals.size() || m_untrustedFingerprint.isEmpty())
        return;
    const PortalAccount a = m_portals.at(row);
    QMessageBox ask(QMessageBox::Warning, tr("Trust this certificate?"),
                    tr("The certificate of %1 could not be verified. Trust it only if the "
                       "portal's administrator confirms that its SHA-256 fingerprint is:\n\n%2\n\n"
                       "PressDesk will then accept exactly this certificate for this portal, "
                       "and refuse any other that does not verify.")
                        .arg(a.siteUrl.host(), groupedFingerprint(m_untrustedFingerprint)),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("trustQuestion"));
    auto *yes = ask.addButton(tr("Trust"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    if (auto st = PortalRepository(m_db).setTrustedCertificate(a.id, m_untrustedFingerprint); !st) {
        showResult(st.error().message, Outcome::Error);
        return;
    }
    reload(a.id);
    showPortal();
    testConnection();
}

} // namespace PressDesk
