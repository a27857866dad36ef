#pragma once

#include "publish/Portal.h"
#include "publish/PortalImporter.h"
#include "publish/PortalRepository.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace PressDesk {

class Database;

namespace Ui {
class PortalsDialog;
} // namespace Ui

// File → Portals: the portals the office publishes to. Add or edit one (name, address,
// account, application password kept in the system keychain), test the connection in the
// background with each failure explained, and trust a self-signed certificate by its
// fingerprint after the user has compared it.
class PortalsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalsDialog)

public:
    explicit PortalsDialog(Database &db, QWidget *parent = nullptr);
    ~PortalsDialog() override;

    // Saves the form (adding a new portal when none is selected); false shows why.
    bool save();
    void testConnection();
    bool isTesting() const { return m_testing; }
    // Imports the selected portal's published posts in the background (Import… asks for
    // the options first).
    void startImport(const ImportOptions &options);
    bool isImporting() const { return m_importing; }
    QString resultText() const;

Q_SIGNALS:
    void portalsChanged();
    void testFinished(bool ok);
    void importFinished(); // articles were added

private:
    void reload(const QString &selectId = {});
    void showPortal();
    void removePortal();
    void trustCertificate();
    void askImport();
    enum class Outcome { Neutral, Good, Warning, Error };
    void showResult(const QString &text, Outcome outcome);
    void newPortal();
    void importFinishedRunning();
    void testFinishedRunning();

    Database &m_db;
    QList<PortalAccount> m_portals;
    std::unique_ptr<Ui::PortalsDialog> m_ui;
    bool m_importing = false;
    QFutureWatcher<Result<ImportSummary>> m_importWatcher;
    QString m_untrustedFingerprint;
    bool m_testing = false;
    QFutureWatcher<Result<PortalConnection>> m_watcher;
};

} // namespace PressDesk
