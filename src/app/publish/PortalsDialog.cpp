#include "publish/PortalsDialog.h"

#include "publish/CredentialStore.h"
#include "publish/WordPressPortal.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
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

PortalsDialog::PortalsDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("portalsDialog"));
    setWindowTitle(tr("Portals"));
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("portalList"));
    left->addWidget(m_list, 1);
    auto *add = new QPushButton(tr("New portal"), this);
    add->setObjectName(QStringLiteral("newPortalButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removePortalButton"));
    left->addWidget(add);
    left->addWidget(m_remove);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("portalName"));
    m_name->setPlaceholderText(tr("e.g. Cổng thông tin điện tử huyện"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("portalUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://hoaiduc.hanoi.gov.vn"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("portalUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("portalPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Application password (unchanged when empty)"));
    m_remember = new QCheckBox(tr("Remember the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("portalRemember"));
    m_remember->setChecked(!CredentialStore::keychainDisabled());
    m_remember->setEnabled(!CredentialStore::keychainDisabled());
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Site address:"), m_url);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    m_trusted = new QLabel(this);
    m_trusted->setObjectName(QStringLiteral("trustedLabel"));
    m_trusted->setWordWrap(true);
    form->addRow(tr("Certificate:"), m_trusted);
    right->addLayout(form);

    auto *actions = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("savePortalButton"));
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_trust = new QPushButton(tr("Trust this certificate…"), this);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_trust->hide();
    m_import = new QPushButton(tr("Import posts…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Bring the portal's published posts into PressDesk as published "
                            "articles, so they can be searched and counted"));
    actions->addWidget(saveButton);
    actions->addWidget(m_test);
    actions->addWidget(m_import);
    actions->addWidget(m_trust);
    actions->addStretch(1);
    right->addLayout(actions);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(80);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    right->addWidget(m_result, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(close);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &PortalsDialog::showPortal);
    connect(add, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
        showPortal();
        m_name->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &PortalsDialog::removePortal);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_test, &QPushButton::clicked, this, &PortalsDialog::testConnection);
    connect(m_trust, &QPushButton::clicked, this, &PortalsDialog::trustCertificate);
    connect(m_import, &QPushButton::clicked, this, &PortalsDialog::askImport);
    connect(&m_importWatcher, &QFutureWatcher<Result<ImportSummary>>::finished, this, [this] {
        m_importing = false;
        m_import->setEnabled(true);
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
    });
    connect(&m_watcher, &QFutureWatcher<Result<PortalConnection>>::finished, this, [this] {
        m_testing = false;
        m_test->setEnabled(true);
        const Result<PortalConnection> c = m_watcher.result();
        const int row = m_list->currentRow();
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
        m_trust->setVisible(!m_untrustedFingerprint.isEmpty());
        Q_EMIT testFinished(bool(c));
    });

    reload();
    if (!m_portals.isEmpty())
        m_list->setCurrentRow(0);
    else
        showPortal();
    resize(820, 460);
}

void PortalsDialog::showResult(const QString &text, Outcome outcome)
{
    static const QHash<Outcome, QString> colours{{Outcome::Good, QStringLiteral("#1b5e20")},
                                                 {Outcome::Warning, QStringLiteral("#8a6d00")},
                                                 {Outcome::Error, QStringLiteral("#b00020")}};
    m_result->setText(text);
    m_result->setStyleSheet(outcome == Outcome::Neutral
                                ? QString()
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
    const int row = m_list->currentRow();
    if (m_importing || row < 0 || row >= m_portals.size())
        return;
    const PortalAccount a = m_portals.at(row);
    auto password = CredentialStore::read(a.id);
    if (!password) {
        showResult(tr("Type the application password first."), Outcome::Error);
        m_password->setFocus();
        return;
    }
    m_importing = true;
    m_import->setEnabled(false);
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
    const QSignalBlocker block(m_list);
    m_list->clear();
    auto portals = PortalRepository(m_db).list();
    m_portals = portals ? portals.value() : QList<PortalAccount>();
    for (const PortalAccount &a : std::as_const(m_portals)) {
        m_list->addItem(a.name);
        if (a.id == selectId)
            m_list->setCurrentRow(m_list->count() - 1);
    }
}

void PortalsDialog::showPortal()
{
    const int row = m_list->currentRow();
    const bool has = row >= 0 && row < m_portals.size();
    const PortalAccount a = has ? m_portals.at(row) : PortalAccount{};
    m_name->setText(a.name);
    m_url->setText(a.siteUrl.toString());
    m_user->setText(a.userName);
    m_password->clear();
    m_trusted->setText(
        a.trustedCertSha256.isEmpty()
            ? tr("Only certificates that verify are trusted.")
            : tr("Trusted by fingerprint: %1")
                  .arg(groupedFingerprint(QString::fromLatin1(a.trustedCertSha256))));
    m_remove->setEnabled(has);
    m_result->clear();
    m_trust->hide();
}

bool PortalsDialog::save()
{
    PortalRepository repo(m_db);
    const int row = m_list->currentRow();
    QString id;
    if (row >= 0 && row < m_portals.size()) {
        id = m_portals.at(row).id;
        if (auto st = repo.update(id, m_name->text(), QUrl::fromUserInput(m_url->text().trimmed()),
                                  m_user->text());
            !st) {
            showResult(st.error().message, Outcome::Error);
            return false;
        }
    } else {
        auto added =
            repo.add(m_name->text(), QUrl::fromUserInput(m_url->text().trimmed()), m_user->text());
        if (!added) {
            showResult(added.error().message, Outcome::Error);
            return false;
        }
        id = added->id;
    }
    QString note;
    if (!m_password->text().trimmed().isEmpty()) {
        const QString password = m_password->text().trimmed();
        if (m_remember->isChecked()) {
            if (auto st = CredentialStore::write(id, password); !st)
                note = st.error().message;
        } else {
            (void)CredentialStore::remove(id);
            CredentialStore::keepForSession(id, password);
        }
        m_password->clear();
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
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_portals.size())
        return;
    const PortalAccount a = m_portals.at(row);
    auto password = CredentialStore::read(a.id);
    if (!password) {
        showResult(password.error().code == QLatin1String("keychain")
                       ? password.error().message
                       : tr("Type the application password first."),
                   Outcome::Error);
        m_password->setFocus();
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
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
    return m_result->text();
}

void PortalsDialog::removePortal()
{
    const int row = m_list->currentRow();
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
        m_list->setCurrentRow(0);
    showPortal();
    Q_EMIT portalsChanged();
}

void PortalsDialog::trustCertificate()
{
    const int row = m_list->currentRow();
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
